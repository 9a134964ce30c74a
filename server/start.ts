import type { ServerBuild } from "@remix-run/node";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Config, Services } from "../app/context";
import { sessionExpiry } from "../db/sessions";
import { migrateDatabase, openDatabase } from "../db/client";
import { isEmptyDatabase, seedDemo } from "../db/seed/demo";
import { createApp, type AppOptions } from "./app";
import { openAuditSeal, type OpenedAuditSeal } from "./audit/seal";
import { LiveHub } from "./live/hub";
import { startCollab, type Collab } from "./collab";
import { startMaterialDigestJob } from "./jobs/material-digests";
import { SessionBoundConnections } from "./sessions/session-bound";
import { SessionEnds } from "./sessions/session-ends";
import { startFilePruneJob } from "./jobs/prune-files";
import { startReminderJob } from "./jobs/reminders";
import { startExecutionReminderJob } from "./jobs/execution-reminders";
import { startPersonalDataErasureJob } from "./jobs/personal-data-erasure";
import { OutboxWorker } from "./mail/outbox-worker";
import { emlDelivery, smtpDelivery } from "./mail/transport";

export interface Platform {
  url: string;
  services: Services;
  mail: OutboxWorker;
  server: http.Server;
  live: LiveHub;
  /** The collaboration server of the live protocol (server/collab, decision 0014). */
  collab: Collab;
  /** The audit log's verification at start (decision 0012). */
  audit: OpenedAuditSeal;
  close(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  port: number;
  host?: string;
  demo: boolean;
  build: AppOptions["build"];
  assets: AppOptions["assets"];
  /** When APP_URL was not given, the public address follows the port actually bound (port 0 in tests). */
  appUrlFromPort?: boolean;
}

/** Open event streams one user may hold at once (tabs and devices together); one more is refused with 429. */
export const MAX_STREAMS_PER_USER = 10;

/** Opens and migrates the database, loads the demo into an empty one, starts mail delivery and the HTTP server. */
export async function startPlatform(options: StartOptions): Promise<Platform> {
  const { config } = options;
  const db = openDatabase(config.databaseFile);
  migrateDatabase(db);
  // Before anything can append: the chain is keyed, or verified, before the demo or any request writes to it.
  const audit = openAuditSeal(db, { dataDir: config.dataDir, auditKey: config.auditKey });
  const delivery = config.smtpUrl ? smtpDelivery(config.smtpUrl) : emlDelivery(path.join(config.dataDir, "outbox"));
  const mail = new OutboxWorker(db, delivery, config.mailFrom);
  // One listener on the sessions table for everything bound to a session (event streams, collaboration sockets).
  const sessionEnds = new SessionEnds(db);
  const streams = new SessionBoundConnections({
    ends: sessionEnds,
    sessionExpiry: (sessionId) => sessionExpiry(db, sessionId),
    maxPerUser: MAX_STREAMS_PER_USER,
  });
  const live = new LiveHub(streams);
  const collab = startCollab({ db, config }, sessionEnds);
  // Changes the platform makes to a protocol go through the open documents (stored, then broadcast).
  const services: Services = { db, config, mail, live, protocols: collab.documents };
  if (options.demo && isEmptyDatabase(services)) await seedDemo(services);

  const app = createApp({ services, live, build: options.build, assets: options.assets });
  const server = http.createServer(app);
  // In development Vite may take other upgrades (HMR); in production nobody else does.
  collab.listen(server, { refuseOtherUpgrades: config.production });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  if (options.appUrlFromPort) config.appUrl = `http://localhost:${port}`;
  mail.start();
  const reminders = startReminderJob(services);
  const pruning = startFilePruneJob(services);
  const digests = startMaterialDigestJob(services);
  const executionReminders = startExecutionReminderJob(services);
  const erasure = startPersonalDataErasureJob(services); // registrants' data past retention (decision 0027)

  return {
    url: `http://localhost:${port}`,
    services,
    mail,
    server,
    live,
    collab,
    audit,
    async close() {
      await new Promise<void>((resolve) => {
        clearInterval(reminders);
        clearInterval(pruning);
        clearInterval(digests);
        clearInterval(executionReminders);
        clearInterval(erasure);
        live.close();
        streams.close();
        collab.close(); // stores what is queued, then closes the sockets (4503: reconnect)
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await mail.stop();
      db.$client.close();
    },
  };
}
