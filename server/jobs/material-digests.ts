import type { Services } from "../../app/context";
import { DEFAULT_DIGEST_QUIET_MS } from "../../app/lib/material-digest";
import { sendMaterialDigests } from "../../db/commands/meetings/material-digest";

/** Every minute, sends the members one digest per meeting whose new materials have been quiet long enough (R6). */
export function startMaterialDigestJob(services: Services, everyMs = 60_000): NodeJS.Timeout {
  const quietMs = services.config.materialsDigestQuietMs ?? DEFAULT_DIGEST_QUIET_MS;
  const run = () => {
    try {
      sendMaterialDigests(services, new Date(), quietMs);
    } catch (error) {
      console.error("materials digest failed", error);
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return timer;
}
