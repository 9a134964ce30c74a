import type { Services } from "../../app/context";
import { pruneUnreferencedFiles } from "../../db/files/prune";

/** Once an hour (and once at start), removes stored files that no record refers to. */
export function startFilePruneJob(services: Services, everyMs = 60 * 60_000): NodeJS.Timeout {
  const run = () => {
    try {
      pruneUnreferencedFiles(services);
    } catch (error) {
      console.error("file clean-up failed", error);
    }
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return timer;
}
