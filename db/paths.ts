import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A file of the project (migrations, demo documents), found from the project's root whether this code runs
 * from source (db/…) or bundled (build/server.js): the root is the nearest folder with package.json.
 */
export function projectPath(...parts: string[]): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("project root not found");
    dir = up;
  }
  return path.join(dir, ...parts);
}
