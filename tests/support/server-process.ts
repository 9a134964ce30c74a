import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Ends it with a signal and waits until it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The bundled server (build/server.js, as `npm start` runs it) in a child process on a free port of the
 * loopback, on `dataDir`. Resolves once it names its address (no sleeping); rejects if it dies first.
 */
export async function spawnServer(dataDir: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["build/server.js"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      APP_URL: "",
      SMTP_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.setEncoding("utf8");
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: string) => {
      output += chunk;
      const match = output.match(/http:\/\/localhost:(\d+)/);
      if (match && match[1] !== "0") resolve(`http://localhost:${match[1]}`);
    });
    child.once("exit", (code, signal) => reject(new Error(`server exited (${code ?? signal}):\n${output}`)));
  });
  return {
    child,
    url,
    async stop(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      child.kill(signal);
      await exited;
    },
  };
}
