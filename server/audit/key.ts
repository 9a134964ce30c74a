import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const AUDIT_KEY_FILE = "audit.key";

/**
 * The audit key, kept outside the database: the setting AUDIT_KEY (base64, at least 32 bytes), or else the file
 * $DATA_DIR/audit.key, created with mode 600 on first start. Whoever can write the database but not read the
 * key cannot forge entries.
 */
export function loadAuditKey(dataDir: string, setting?: string | null): Buffer {
  if (setting) return checked(Buffer.from(setting, "base64"), "AUDIT_KEY");
  const file = path.join(dataDir, AUDIT_KEY_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    // "wx": two processes starting at once cannot both create it.
    fs.writeFileSync(file, `${crypto.randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  if (process.platform !== "win32" && (fs.statSync(file).mode & 0o077) !== 0)
    console.warn(`${file}: readable by others; the audit key should be mode 600 (chmod 600 ${file}).`);
  return checked(Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64"), file);
}

function checked(key: Buffer, where: string): Buffer {
  if (key.length < 32)
    throw new Error(`${where}: the audit key must be at least 32 bytes, base64 (openssl rand -base64 32).`);
  return key;
}

/** Separate keys per purpose, derived from the one secret. */
export function deriveKey(key: Buffer, purpose: string): Buffer {
  return crypto.createHmac("sha256", key).update(purpose).digest();
}

// A raw Ed25519 seed wrapped as PKCS#8 DER (RFC 8410): the fixed 16-byte prefix, then the 32-byte seed.
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/** The Ed25519 key pair that signs exported checkpoints, derived from the audit key (same key, same pair). */
export function signingKeys(key: Buffer, purpose = "audit checkpoint export signing v1") {
  const seed = deriveKey(key, purpose);
  const privateKey = crypto.createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: "der",
    type: "pkcs8",
  });
  const publicKey = crypto.createPublicKey(privateKey);
  const publicDer = publicKey.export({ format: "der", type: "spki" });
  return {
    privateKey,
    publicKey,
    publicKeyBase64: publicDer.toString("base64"),
    publicKeyPem: publicKey.export({ format: "pem", type: "spki" }).toString(),
    /** A short fingerprint of the public key, to compare by eye. */
    keyId: crypto.createHash("sha256").update(publicDer).digest("hex").slice(0, 16),
  };
}

/**
 * The Ed25519 pair that signs protocol signatures (issue 10, decision 0018): derived from the audit key with its
 * own purpose, so it is stable across restarts and never the checkpoints' pair.
 */
export const protocolSigningKeys = (key: Buffer) => signingKeys(key, "protocol signature v1");
