// Preloaded into both servers by `npm run bench:collab` (with --expose-gc): SIGUSR2 runs a full collection,
// so memory before the clients come and after they leave is compared after garbage collection, for both alike.
process.on("SIGUSR2", () => globalThis.gc?.());
