import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "~/lib/redirect-target";

const appUrl = "https://platform.example.org";
const target = (value: unknown) => safeRedirectPath(value, appUrl);

describe("after signing in, a link sends someone only to a page of this site", () => {
  it("keeps a path of the site with its query and anchor", () => {
    expect(target("/admin/users?q=a")).toBe("/admin/users?q=a");
    expect(target("/meetings/2#item-3")).toBe("/meetings/2#item-3");
    expect(target("/")).toBe("/");
  });

  it("normalises the path as a browser would, and keeps it on the site", () => {
    expect(target("/bodies/../admin")).toBe("/admin");
    expect(target("/a/./b")).toBe("/a/b");
  });

  it("refuses another host, in every spelling a browser accepts", () => {
    for (const hostile of [
      "//evil.example/",
      "/\\evil.example",
      "https://evil.example",
      "http:evil.example",
      "javascript:alert(1)",
      "/.\\/evil.example",
      "/./\\evil.example",
      "/..//evil.example",
      " //evil.example",
      "evil.example",
    ])
      expect(target(hostile), JSON.stringify(hostile)).toBe("/");
  });

  it("refuses control characters, which browsers drop: a tab, CR/LF, NUL, DEL", () => {
    for (const hostile of [
      "/\t/evil.example",
      "/\t\\evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/ok\r\nSet-Cookie: x=1",
      "/\u0000/evil.example",
      "/\u007f/evil.example",
      "\t//evil.example",
    ])
      expect(target(hostile), JSON.stringify(hostile)).toBe("/");
  });

  it("refuses what is not a string, empty, or absurdly long, with the given fallback", () => {
    expect(target(null)).toBe("/");
    expect(target(undefined)).toBe("/");
    expect(target("")).toBe("/");
    expect(target(`/${"a".repeat(5000)}`)).toBe("/");
    expect(safeRedirectPath("//evil.example", appUrl, "/profile")).toBe("/profile");
  });

  it("keeps a percent-encoded tab as a harmless path on this site", () => {
    expect(target("/%09/evil.example")).toBe("/%09/evil.example");
  });
});
