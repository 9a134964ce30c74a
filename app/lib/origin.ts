// Cross-site request forgery: a state-changing request must come from one of our own pages.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/** True when the Origin header names this site: the host the request was sent to, or the configured public URL. */
export function isSameOrigin(origin: string | undefined | null, host: string | undefined, appUrl: string): boolean {
  if (!origin || origin === "null") return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin === new URL(appUrl).origin) return true;
  return host !== undefined && parsed.host === host;
}
