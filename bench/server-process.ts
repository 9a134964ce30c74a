import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * The production build (`node build/server.js`) in a process of its own, on a fresh demo database, so the load
 * generator does not share the server's event loop. `nodeFlags` e.g. ["--cpu-prof"] to profile the server.
 */
export async function serverProcess(nodeFlags: string[] = []) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "platform-bench-"));
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, path.resolve("build/server.js")], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATA_DIR: dataDir,
      DEMO: "on",
      BENCH_BARE_ROUTE: "1",
      APP_URL: "",
      SMTP_URL: "",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://localhost:${port}`;
  await untilHealthy(url, child);
  return {
    url,
    pid: child.pid!,
    dataDir,
    /** CPU time the server has used so far, in ms (Linux; null elsewhere): what a request costs, whatever the load. */
    cpuMs(): number | null {
      try {
        // /proc/PID/stat: after the command name, fields 14 and 15 are user and system time in clock ticks (1/100 s).
        const fields = fs.readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        return (Number(fields[11]) + Number(fields[12])) * 10;
      } catch {
        return null;
      }
    },
    async close() {
      // SIGTERM lets the server close and exit by itself, which is when --cpu-prof writes its profile.
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function untilHealthy(url: string, child: ChildProcess) {
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`))),
  );
  exited.catch(() => undefined); // a later, ordinary exit is not an error
  for (;;) {
    const ok = fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (await Promise.race([ok, exited])) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
