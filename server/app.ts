import { createRequestHandler } from "@remix-run/express";
import { type AppLoadContext, type ServerBuild } from "@remix-run/node";
import { type Services } from "../app/context";
import { boundedBody, quietAfterRefusedBody } from "./http/body-limit";
import { finalHeaders, originCheck, securityHeaders } from "./http/security";
import { sessionMiddleware } from "./http/session";
import { type LiveHub } from "./live/hub";
import { liveMeetingRoute } from "./live/route";
import express from "express";
import path from "node:path";
import { staticFiles } from "./http/static-files";
import { rememberRouteMatches } from "./http/route-matching";
import { auditSealOf } from "../db/audit";

export interface AppOptions {
  services: Services;
  live: LiveHub;
  /** The Remix build, or (in development) a function that loads it afresh from Vite. */
  build: ServerBuild | (() => Promise<ServerBuild>);
  /** Folder of the built browser assets (production), or Vite's middlewares (development). */
  assets: { clientDir: string } | { middlewares: express.RequestHandler };
}

export function createApp({ services, live, build, assets }: AppOptions): express.Express {
  rememberRouteMatches();
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", services.config.trustProxy ?? "loopback");

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

  const hsts = new URL(services.config.appUrl).protocol === "https:";
  app.use(securityHeaders({ production: services.config.production, hsts }));
  if ("clientDir" in assets) {
    app.use(staticFiles(assets.clientDir));
  } else {
    app.use(assets.middlewares);
  }
  app.use(originCheck(() => services.config.appUrl));
  app.use(boundedBody());
  app.use(sessionMiddleware(services));
  app.use(finalHeaders());
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
  app.use(quietAfterRefusedBody());
  return app;
}
