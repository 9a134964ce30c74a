/**
 * The platform's public address (APP_URL) for links written inside a command's transaction by code that is handed
 * only the transaction: the circulation of a signed protocol (its letters' links, its PDF's verification link).
 * Installed on the connection at start (server/start.ts), like the audit seal and the signing key, so every bundled
 * copy of this module finds it (STACK.md pitfall 12). Read when used: the address may be fixed after the port is.
 */
import type { Db } from "./client";

const ADDRESS = Symbol.for("cooperation-platform.public-address");
const FALLBACK = "http://localhost";

export function attachPublicAddress(db: Db, appUrl: () => string): void {
  (db.$client as unknown as Record<symbol, () => string>)[ADDRESS] = appUrl;
}

/** The public address; a connection opened without the server (a test's base database) gets http://localhost. */
export function publicAddressOf(db: Db): string {
  return (db.$client as unknown as Record<symbol, (() => string) | undefined>)[ADDRESS]?.() ?? FALLBACK;
}
