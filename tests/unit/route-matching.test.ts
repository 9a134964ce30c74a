import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { rememberRouteMatches } from "../../server/http/route-matching";

const router = createRequire(import.meta.url)("@remix-run/router") as {
  matchRoutes: (routes: object[], location: string | { pathname: string }) => { route: { id: string } }[] | null;
};

describe("route matches are remembered per route table and path", () => {
  rememberRouteMatches();
  const table = [
    { id: "meeting", path: "/meetings/:meetingId" },
    { id: "body", path: "/bodies/:bodyId" },
  ];

  it("gives the router's own answer: the right route and parameters, and null for no route", () => {
    expect(router.matchRoutes(table, "/meetings/2")?.map((m) => m.route.id)).toEqual(["meeting"]);
    expect(router.matchRoutes(table, { pathname: "/bodies/7" })).toMatchObject([{ params: { bodyId: "7" } }]);
    expect(router.matchRoutes(table, "/nowhere")).toBeNull();
  });

  it("asked again, answers from memory; another table or path is matched afresh", () => {
    expect(router.matchRoutes(table, "/meetings/3")).toBe(router.matchRoutes(table, "/meetings/3"));
    expect(router.matchRoutes(table, "/meetings/4")).not.toBe(router.matchRoutes(table, "/meetings/3"));
    const other = [{ id: "other", path: "/meetings/:id" }];
    expect(router.matchRoutes(other, "/meetings/3")?.[0]?.route.id).toBe("other");
  });

  it("is installed once, however often the platform starts", () => {
    const installed = router.matchRoutes;
    rememberRouteMatches();
    expect(router.matchRoutes).toBe(installed);
  });
});
