import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "../env";

/**
 * TOTP secrets at rest: AES-256-GCM, a random 96-bit IV per encryption and the user id as
 * associated data, so a ciphertext copied onto another user's row fails to decrypt.
 * Payload: `v1.<iv>.<ciphertext>.<tag>`, each part base64url. The version prefix leaves room
 * for a future key or algorithm change without guessing at old rows.
 */
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_INFO = "tweestap-totp-secret-v1";
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export class SecretDecryptionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SecretDecryptionError";
  }
}

export function encryptTotpSecret({ userId, secret }: { userId: string; secret: string }): string {
  if (!userId) throw new TypeError("userId is required to bind the secret to its owner");
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(userId));
  const ciphertext = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, ...[iv, ciphertext, tag].map((part) => part.toString("base64url"))].join(".");
}

export function decryptTotpSecret({ userId, payload }: { userId: string; payload: string }): string {
  const parts = payload.split(".");
  if (parts.length !== 4 || parts[0] !== VERSION) {
    throw new SecretDecryptionError("unknown TOTP secret payload format");
  }
  const iv = decodePart(parts[1]);
  const ciphertext = decodePart(parts[2]);
  const tag = decodePart(parts[3]);
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES || ciphertext.length === 0) {
    throw new SecretDecryptionError("malformed TOTP secret payload");
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", encryptionKey(), iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(userId));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch (error) {
    // One message for tamper, wrong user and wrong key: the cause is the same to a caller.
    throw new SecretDecryptionError("TOTP secret failed authentication (tampered, other user, or other key)", {
      cause: error,
    });
  }
}

// Buffer's base64url decoder skips characters it does not know; insist on the canonical
// encoding so one stored value has exactly one accepted spelling.
function decodePart(part: string | undefined): Buffer {
  if (!part || !BASE64URL.test(part)) throw new SecretDecryptionError("malformed TOTP secret payload");
  const bytes = Buffer.from(part, "base64url");
  if (bytes.toString("base64url") !== part) throw new SecretDecryptionError("malformed TOTP secret payload");
  return bytes;
}

// The purpose label keeps this ciphertext from being valid in any other context that might
// one day use the same key and user id.
function associatedData(userId: string): Buffer {
  return Buffer.from(`tweestap-totp-secret:${VERSION}:${userId}`, "utf8");
}

// MFA_ENCRYPTION_KEY also feeds the recovery-code pepper; HKDF with distinct labels keeps
// the two uses independent.
function encryptionKey(): Buffer {
  const master = Buffer.from(env().MFA_ENCRYPTION_KEY, "base64");
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), KEY_INFO, 32));
}
