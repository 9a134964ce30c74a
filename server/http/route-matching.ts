import { createRequire } from "node:module";

/** Paths remembered per route table; beyond that the oldest is forgotten (paths come from requests: bounded). */
const PATHS_KEPT = 1_000;

type MatchRoutes = (routes: object, location: string | { pathname?: string }, basename?: string) => unknown;

/**
 * Remix matches the route table against the path three times for every page (the server runtime, the data
 * router, React Router's render), and each time flattens and ranks the whole table and compiles a regular
 * expression for every route: 11 % of a page's server time in the profile (`npm run bench:http -- --concurrent
 * --cpu-prof`). The table never changes while the process runs, so the answer for a path is kept. Both callers
 * outside the router look `matchRoutes` up on the module at each call and copy the matches they get before
 * changing anything, so handing them the same answer is safe.
 */
export function rememberRouteMatches(): void {
  const require = createRequire(import.meta.url);
  const router = require("@remix-run/router") as { matchRoutes: MatchRoutes & { remembered?: true } };
  if (router.matchRoutes.remembered) return;
  const match = router.matchRoutes;
  const byTable = new WeakMap<object, Map<string, unknown>>();
  const remembered: MatchRoutes & { remembered?: true } = (routes, location, basename = "/") => {
    const path = typeof location === "string" ? location : (location.pathname ?? "/");
    let answers = byTable.get(routes);
    if (!answers) byTable.set(routes, (answers = new Map()));
    const key = `${basename}\u0000${path}`;
    if (answers.has(key)) return answers.get(key);
    const answer = match(routes, location, basename);
    if (answers.size >= PATHS_KEPT) answers.delete(answers.keys().next().value!);
    answers.set(key, answer);
    return answer;
  };
  remembered.remembered = true;
  router.matchRoutes = remembered;
}
