// Preloaded into both servers by `npm run bench:collab` (with --expose-gc): SIGUSR2 runs a full collection,
// so memory before the clients come and after they leave is compared after garbage collection, for both alike;
// then the process's own view of its memory goes to BENCH_MEMORY_DIR/<pid>.json (heap vs native, for the report).
const fs = require("node:fs");
const path = require("node:path");

process.on("SIGUSR2", () => {
  globalThis.gc?.();
  const dir = process.env.BENCH_MEMORY_DIR;
  if (!dir) return;
  const file = path.join(dir, `${process.pid}.json`);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(process.memoryUsage()));
  fs.renameSync(`${file}.tmp`, file); // whole or not at all for the reader
});
