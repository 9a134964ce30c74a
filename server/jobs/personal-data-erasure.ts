import type { Services } from "../../app/context";
import { eraseExpiredPersonalData } from "../../db/commands/conference-registration/erase";

/**
 * Erases registrants' personal data once their conference's retention period has passed (decision 0027): every hour
 * (and once at start). A day's delay would be within the law's "no longer than needed"; an hour costs one query.
 */
export function startPersonalDataErasureJob(services: Services, everyMs = 60 * 60_000): NodeJS.Timeout {
  const run = () => {
    try {
      eraseExpiredPersonalData(services);
    } catch (error) {
      console.error("personal data erasure failed", error);
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return timer;
}
