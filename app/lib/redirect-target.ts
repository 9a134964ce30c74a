// Where a link may send someone after signing in or switching language: a page of this site, nothing else.

/** C0 controls, DEL and C1 controls: browsers drop some of them (a tab, a newline) before reading a URL. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const MAX_LENGTH = 2000;

/**
 * The path (with query and fragment) of `value` when it names a page of the site at `appUrl`; `fallback`
 * otherwise. The value is resolved against `appUrl` as a browser would, and the result must keep our origin
 * and come out as a path a browser cannot read as another host (`//…`, `/\…`).
 */
export function safeRedirectPath(value: unknown, appUrl: string, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  if (CONTROL.test(value) || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return fallback;
  let base: URL;
  let target: URL;
  try {
    base = new URL(appUrl);
    target = new URL(value, base);
  } catch {
    return fallback;
  }
  if (target.origin !== base.origin || target.username || target.password) return fallback;
  const path = target.pathname + target.search + target.hash;
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
