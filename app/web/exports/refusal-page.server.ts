/**
 * A download link that has nothing to give (no final text yet) answers with a short page in the reader's language,
 * not with JSON: a resource route has no error boundary around it.
 */
const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function refusalPage(
  status: number,
  page: { lang: string; title: string; message: string; back: { href: string; label: string } },
): Response {
  const html = `<!doctype html><html lang="${escape(page.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(page.title)}</title></head><body><main><h1>${escape(page.title)}</h1><p>${escape(page.message)}</p><p><a href="${escape(page.back.href)}">${escape(page.back.label)}</a></p></main></body></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
