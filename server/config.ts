import path from "node:path";
import { type Config } from "../app/context";
import { trustProxyFrom } from "./http/proxy";

/** A number of minutes from the environment; anything else (empty, negative, not a number) is the default. */
function minutes(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** Every setting comes from the environment; the README lists them. */
export function configFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Config & { port: number; host: string; demo: boolean } {
  const port = Number(env.PORT || 3000);
  const dataDir = path.resolve(env.DATA_DIR || "data");
  const appUrl = env.APP_URL || `http://localhost:${port}`;
  return {
    port,
    host: env.HOST || "0.0.0.0",
    appUrl,
    dataDir,
    databaseFile: path.resolve(env.DATABASE_FILE || path.join(dataDir, "platform.sqlite")),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || "Платформа сотрудничества <no-reply@localhost>",
    secureCookies: new URL(appUrl).protocol === "https:",
    production: env.NODE_ENV === "production",
    materialsDigestQuietMs: minutes(env.MATERIALS_DIGEST_QUIET_MINUTES, 10) * 60_000,
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    demo: (env.DEMO ?? "on") !== "off",
    auditKey: env.AUDIT_KEY || null,
  };
}
