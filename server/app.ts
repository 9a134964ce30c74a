import { createRequestHandler } from "@remix-run/express";
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import express from "express";
import path from "node:path";
import type { Services } from "../app/context";
import { auditSealOf } from "../app/lib/audit.server";
import { MAX_UPLOAD_BYTES } from "../app/lib/uploads.server";
import { bodySizeLimit, closeConnectionsLeftUnread, originCheck, securityHeaders } from "./http/security";

/** Twice the largest upload: room for one file and the form around it. */
const MAX_REQUEST_BYTES = 2 * MAX_UPLOAD_BYTES;
import { sessionMiddleware } from "./http/session";
import type { LiveHub } from "./live/hub";
import { liveMeetingRoute } from "./live/route";

export interface AppOptions {
  services: Services;
  live: LiveHub;
  /** The Remix build, or (in development) a function that loads it afresh from Vite. */
  build: ServerBuild | (() => Promise<ServerBuild>);
  /** Folder of the built browser assets (production), or Vite's middlewares (development). */
  assets: { clientDir: string } | { middlewares: express.RequestHandler };
}

export function createApp({ services, live, build, assets }: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");

  app.get("/healthz", (_req, res) => {
    try {
      services.db.$client.prepare("select 1").get();
      // The last verification of the audit log (at start, then at every view of the audit page): a broken
      // chain is reported, but the platform keeps serving.
      const verdict = auditSealOf(services.db).lastVerdict;
      res.status(200).json({ status: "ok", audit: verdict && !verdict.ok ? `broken: ${verdict.reason}` : "verified" });
    } catch {
      res.status(503).json({ status: "database unavailable" });
    }
  });

  app.use(securityHeaders({ production: services.config.production }));
  if ("clientDir" in assets) {
    app.use("/assets", express.static(path.join(assets.clientDir, "assets"), { immutable: true, maxAge: "1y" }));
    app.use(express.static(assets.clientDir, { maxAge: "1h" }));
  } else {
    app.use(assets.middlewares);
  }
  app.use(originCheck(() => services.config.appUrl));
  app.use(bodySizeLimit(MAX_REQUEST_BYTES));
  app.use(closeConnectionsLeftUnread());
  app.use(sessionMiddleware(services));
  app.get("/live/meetings/:id", liveMeetingRoute(services, live));

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: services.config.production ? "production" : "development",
      getLoadContext: (req, res): AppLoadContext => ({
        services,
        user: res.locals.user,
        session: res.locals.session,
        cspNonce: res.locals.cspNonce,
        clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
      }),
    }),
  );
  return app;
}
