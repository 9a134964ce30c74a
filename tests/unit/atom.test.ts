import { describe, expect, it } from "vitest";
import { atomFeed, tagUri, xmlEscape } from "~/lib/atom";
import { parseXmlStrictly as parseStrict } from "../support/xml";

// Issue 12: /partnerships/<id>/feed.atom is an Atom 1.0 feed (RFC 4287) that any strict parser reads.
const ATOM = "http://www.w3.org/2005/Atom";

describe("the Atom feed", () => {
  const feed = atomFeed({
    id: tagUri("https://platform.example.org", "partnership-3"),
    title: "Соглашение <МО> & «НАРК»",
    updated: new Date("2026-11-30T10:00:00Z"),
    selfHref: "https://platform.example.org/partnerships/3/feed.atom",
    alternateHref: "https://platform.example.org/partnerships/3",
    entries: [
      {
        id: tagUri("https://platform.example.org", "library-document-7"),
        title: 'Резолюция "о кадрах" & <b>ещё</b>\u0001',
        updated: new Date("2026-11-29T09:00:00Z"),
        href: "https://platform.example.org/library/7?a=1&b=2",
        summary: "Постановление · 10.12.2019",
      },
    ],
  });

  it("parses without an error, every text escaped (markup in a title stays text)", () => {
    const { doc, errors } = parseStrict(feed);
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect(root.namespaceURI).toBe(ATOM);
    expect(root.getElementsByTagName("title")[0]!.textContent).toBe("Соглашение <МО> & «НАРК»");
    const entry = root.getElementsByTagName("entry")[0]!;
    expect(entry.getElementsByTagName("title")[0]!.textContent).toBe('Резолюция "о кадрах" & <b>ещё</b>');
    expect(entry.getElementsByTagName("b").length).toBe(0);
    expect(entry.getElementsByTagName("link")[0]!.getAttribute("href")).toBe(
      "https://platform.example.org/library/7?a=1&b=2",
    );
  });

  it("has what RFC 4287 requires: feed id, title, updated, a self link; entries with id, title, updated", () => {
    const { doc } = parseStrict(feed);
    const root = doc.documentElement!;
    const direct = (el: Element, name: string) =>
      Array.from(el.childNodes).filter((n) => n.nodeName === name) as Element[];
    expect(direct(root, "id")[0]!.textContent).toBe("tag:platform.example.org,2026:partnership-3");
    expect(direct(root, "updated")[0]!.textContent).toBe("2026-11-30T10:00:00.000Z");
    expect(
      direct(root, "link")
        .find((l) => l.getAttribute("rel") === "self")!
        .getAttribute("href"),
    ).toMatch(/feed\.atom$/);
    const entry = direct(root, "entry")[0]!;
    for (const name of ["id", "title", "updated", "link", "summary"]) expect(direct(entry, name)).toHaveLength(1);
    expect(direct(entry, "id")[0]!.textContent).toMatch(/^tag:[a-z0-9.-]+,\d{4}:/);
  });

  it("the strict parser used here does refuse a broken document (so these tests can fail)", () => {
    expect(parseStrict("<feed><title>a & b</title></feed>").errors).not.toEqual([]);
    expect(parseStrict("<feed><entry></feed>").errors).not.toEqual([]);
  });

  it("drops characters XML cannot carry instead of writing a broken document", () => {
    expect(xmlEscape("a\u0000b\u001fc\ud800d")).toBe("abcd");
  });
});
