/**
 * An Atom 1.0 feed (RFC 4287), as text: the feed's id, title, updated and its rel="self" link; each entry's id (a
 * tag: URI, RFC 4151), title, updated, link and summary. Every text and attribute is XML-escaped. Pure.
 */
export interface AtomEntry {
  id: string;
  title: string;
  updated: Date;
  href: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  updated: Date;
  selfHref: string;
  alternateHref: string;
  entries: readonly AtomEntry[];
}

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

// Characters XML 1.0 does not allow at all (C0 controls but tab and line breaks; lone surrogates; U+FFFE/F).
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A tag: URI (RFC 4151) under the platform's host: stable for as long as the platform keeps its address. */
export function tagUri(appUrl: string, specific: string): string {
  return `tag:${new URL(appUrl).hostname},2026:${specific}`;
}

export function atomFeed(feed: AtomFeed): string {
  const e = xmlEscape;
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${e(entry.id)}</id>
    <title>${e(entry.title)}</title>
    <updated>${entry.updated.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="${e(entry.href)}"/>
    <summary>${e(entry.summary)}</summary>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>
  <updated>${feed.updated.toISOString()}</updated>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfHref)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.alternateHref)}"/>
  <author><name>${e(feed.title)}</name></author>
${entries.join("")}</feed>
`;
}
