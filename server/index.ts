// The one Node entry: `npm start` (production build) and `npm run dev` (Vite with HMR) both come here.
import type { ServerBuild } from "@remix-run/node";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { demoPeople, DEMO_PASSWORD } from "../db/seed/demo-people";
import { configFromEnv } from "./config";
import { startPlatform, type StartOptions } from "./start";

const config = configFromEnv();
const here = path.dirname(fileURLToPath(import.meta.url));

async function remixBuild(): Promise<Pick<StartOptions, "build" | "assets">> {
  if (config.production) {
    // build/server.js sits beside build/server/index.js (Remix) and build/client/.
    const build = (await import(pathToFileURL(path.join(here, "server", "index.js")).href)) as ServerBuild;
    return { build, assets: { clientDir: path.join(here, "client") } };
  }
  const vite = await import("vite");
  const devServer = await vite.createServer({ server: { middlewareMode: true } });
  return {
    build: () => devServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>,
    assets: { middlewares: devServer.middlewares },
  };
}

const platform = await startPlatform({
  config,
  port: config.port,
  host: config.host,
  demo: config.demo,
  appUrlFromPort: !process.env.APP_URL,
  ...(await remixBuild()),
});

console.log(`Платформа сотрудничества: ${config.appUrl}`);
console.log(
  `База данных: ${path.relative(process.cwd(), config.databaseFile)}; почта: ${config.smtpUrl ? "SMTP" : `файлы .eml в ${path.relative(process.cwd(), path.join(config.dataDir, "outbox"))}`}`,
);
const { verdict, keyedNow, seal } = platform.audit;
if (verdict.ok) {
  console.log(
    `Журнал аудита: цепочка проверена, ${verdict.entries} записей${keyedNow ? `; ключ ${seal.signing.keyId} действует с записи № ${verdict.keyedFrom}` : ""}.`,
  );
} else {
  console.error(
    `ЖУРНАЛ АУДИТА НЕ ПРОШЁЛ ПРОВЕРКУ (audit log verification failed): ${verdict.reason}${verdict.brokenAtSeq ? `, запись № ${verdict.brokenAtSeq}` : ""}. См. docs/decisions/0009.`,
  );
}
if (config.demo) {
  console.log(`Демо-учётные записи (пароль «${DEMO_PASSWORD}»):`);
  for (const p of demoPeople) console.log(`  ${p.email.padEnd(28)} ${p.name}${p.isAdmin ? " — администратор" : ""}`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void platform.close().then(() => process.exit(0));
  });
}
