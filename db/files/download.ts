/**
 * Headers for a file download: always an attachment (never rendered inline, so an uploaded document cannot
 * run as a page of ours), with an ASCII fallback name and the real name in RFC 5987 form.
 */
export function attachmentHeaders(name: string, contentType: string, size: number): HeadersInit {
  const ascii =
    name
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "_")
      .replace(/["\\]/g, "_") || "file";
  return {
    "Content-Type": contentType,
    "Content-Length": String(size),
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}
