// The SHA-256 of a protocol's canonical text (issue 10): what a signature is over and what /verify looks up.
import crypto from "node:crypto";

export const sha256Hex = (data: string | Uint8Array): string => crypto.createHash("sha256").update(data).digest("hex");
