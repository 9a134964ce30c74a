import type { LoaderFunctionArgs } from "@remix-run/node";
import { protocolSigningKeyOf } from "../../db/protocols/signing-key";

/**
 * GET /protocol-signing-key: the platform's Ed25519 public key (SPKI PEM) that signs every protocol signature
 * (R11, decision 0018). Public and stable: anyone can check a signature's fields against it.
 */
export function loader({ context }: LoaderFunctionArgs) {
  const key = protocolSigningKeyOf(context.services.db);
  return new Response(key.publicKeyPem, {
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "public, max-age=3600",
      "x-key-id": key.keyId,
    },
  });
}
