// Cross-site request forgery: a state-changing request must come from one of our own pages.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/**
 * True when the Origin header is exactly the public address: same scheme, host and port. The Host header is
 * never consulted (under DNS rebinding it names the attacker's domain as well).
 */
export function isSameOrigin(origin: string | undefined | null, appUrl: string): boolean {
  if (!origin || origin === "null") return false;
  try {
    return new URL(origin).origin === new URL(appUrl).origin;
  } catch {
    return false;
  }
}
