import express from "express";
import fs from "node:fs";
import path from "node:path";

/**
 * The built browser files (production), served only under the paths they occupy: `/assets/…` (hashed names,
 * cached for a year) and each file at the top of the folder (`/favicon.svg`). A page request never reaches
 * the disk: a static handler in front of every route would stat a file for each page.
 */
export function staticFiles(clientDir: string): express.Router {
  const router = express.Router();
  for (const entry of fs.readdirSync(clientDir, { withFileTypes: true })) {
    const at = `/${entry.name}`;
    if (entry.isDirectory()) {
      const immutable = entry.name === "assets";
      router.use(
        at,
        express.static(path.join(clientDir, entry.name), immutable ? { immutable, maxAge: "1y" } : { maxAge: "1h" }),
      );
    } else if (entry.isFile()) {
      // GET routes answer HEAD too. sendFile calls back when the file is sent as well as on failure: only a
      // failure before anything was sent goes on (a bare `next` sent Remix after it: "headers already sent").
      router.get(at, (_req, res, next) =>
        res.sendFile(path.join(clientDir, entry.name), { maxAge: "1h" }, (error) => {
          if (error && !res.headersSent) next(error);
        }),
      );
    }
  }
  return router;
}
