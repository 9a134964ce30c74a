import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Decision 0009: imports run one way — routes → components → app/web (route-facing) → db → app/lib (pure
// rules) → locales. This test reads every import of the project and holds each layer to what it may use.
const root = process.cwd();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(entry.name) ? [rel] : [];
  });
}

/** Every module a file imports (type-only imports included), as a path from the project's root. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const specifiers = [...text.matchAll(/(?:^|\s)(?:import|export)\s[^"';]*?from\s+["']([^"']+)["']/g)].map(
    (m) => m[1]!,
  );
  specifiers.push(...[...text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!));
  return specifiers.flatMap((spec) => {
    if (spec.startsWith("~/")) return [path.join("app", spec.slice(2))];
    if (spec.startsWith(".")) return [path.normalize(path.join(path.dirname(file), spec))];
    return [];
  });
}

const under = (target: string, folder: string) => target === folder || target.startsWith(folder + path.sep);

/** For each layer, the folders it must never import from. */
const forbidden: { layer: string; may_not_import: string[] }[] = [
  { layer: "app/locales", may_not_import: ["app/lib", "app/web", "app/components", "app/routes", "db", "server"] },
  {
    layer: "app/lib",
    may_not_import: ["db", "app/web", "app/components", "app/routes", "app/context", "server"],
  },
  { layer: "db", may_not_import: ["app/web", "app/components", "app/routes", "server"] },
  { layer: "app/web", may_not_import: ["app/components", "app/routes", "server"] },
  { layer: "app/components", may_not_import: ["app/routes", "server"] },
];

describe("imports run one way (docs/decisions/0009-layers-and-one-access-path.md)", () => {
  for (const { layer, may_not_import } of forbidden) {
    it(`nothing in ${layer}/ imports ${may_not_import.join(", ")}`, () => {
      const breaches = sourceFiles(layer).flatMap((file) =>
        importsOf(file)
          .filter((target) => may_not_import.some((folder) => under(target, folder)))
          .map((target) => `${file} → ${target}`),
      );
      expect(breaches).toEqual([]);
    });
  }

  it("a route-facing view model or helper (*.server.ts) never sits among the components", () => {
    expect(sourceFiles("app/components").filter((f) => f.endsWith(".server.ts"))).toEqual([]);
  });

  it("the scan sees imports: app/web does import db/ (so a silent scanner cannot pass)", () => {
    expect(sourceFiles("app/web").some((file) => importsOf(file).some((t) => under(t, "db")))).toBe(true);
    expect(sourceFiles("db").some((file) => importsOf(file).some((t) => under(t, "app/lib")))).toBe(true);
  });
});
