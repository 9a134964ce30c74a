/** Express's `trust proxy` value: which hops of X-Forwarded-For (and -Proto) to believe. */
export type TrustProxy = boolean | number | string;

/**
 * TRUST_PROXY, as the README explains it. Unset: `loopback`, so a reverse proxy on this machine is believed
 * and nobody else is. `off`: no proxy; the client address is the socket's. A number: that many proxy hops in
 * front. Anything else: the proxies' addresses or subnets, comma-separated (e.g. `10.0.0.5, 10.1.0.0/16`).
 */
export function trustProxyFrom(value: string | undefined): TrustProxy {
  const v = (value ?? "").trim();
  if (v === "") return "loopback";
  if (/^(off|none|false|0)$/i.test(v)) return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .join(", ");
}
