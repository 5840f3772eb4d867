import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { buildOtpAuthUri, generateTotpSecret } from "./totp";
import { decryptTotpSecret, encryptTotpSecret } from "./secret-crypto";
import { PENDING_SETUP_TTL_MS } from "@/lib/limits";

export type PendingSetup = { credentialId: string; secret: string; otpauthUri: string };

/**
 * The not-yet-confirmed key the setup page shows, for this session only (docs/SECURITY.md,
 * "Sessions"): someone else signed in as the user never sees or confirms it. Reloading
 * the page keeps the same key (the user may already have scanned it); it changes nothing
 * until a correct code confirms it, and an active authenticator stays active meanwhile.
 */
export async function pendingSetup(user: { id: string; email: string; sessionId: string }, now = new Date()): Promise<PendingSetup> {
  const oldest = new Date(now.getTime() - PENDING_SETUP_TTL_MS);
  const fresh = await db.totpCredential.findFirst({
    where: { userId: user.id, sessionId: user.sessionId, confirmedAt: null, createdAt: { gt: oldest } },
    orderBy: { createdAt: "desc" },
  });
  const credential =
    fresh ??
    (await db.$transaction(async (tx) => {
      // This session's stale key and anyone's expired ones go; another session's open
      // setup stays, so visiting the page elsewhere cannot wipe the user's key.
      await tx.totpCredential.deleteMany({
        where: { userId: user.id, confirmedAt: null, OR: [{ sessionId: user.sessionId }, { createdAt: { lte: oldest } }] },
      });
      const secret = generateTotpSecret();
      return tx.totpCredential.create({
        data: { userId: user.id, sessionId: user.sessionId, encryptedSecret: encryptTotpSecret({ userId: user.id, secret }) },
      });
    }));
  const secret = decryptTotpSecret({ userId: user.id, payload: credential.encryptedSecret });
  return {
    credentialId: credential.id,
    secret,
    otpauthUri: buildOtpAuthUri({ issuer: env().TOTP_ISSUER, accountName: user.email, secret }),
  };
}

/** Whether this session has a key on screen that is not yet confirmed (and not yet stale). */
export async function hasPendingSetup(user: { id: string; sessionId: string }, now = new Date()): Promise<boolean> {
  const oldest = new Date(now.getTime() - PENDING_SETUP_TTL_MS);
  const pending = await db.totpCredential.count({
    where: { userId: user.id, sessionId: user.sessionId, confirmedAt: null, createdAt: { gt: oldest } },
  });
  return pending > 0;
}

/** The secret of the user's active authenticator, or null when MFA is off. */
export async function activeTotpSecret(userId: string): Promise<string | null> {
  const credential = await db.totpCredential.findFirst({
    where: { userId, confirmedAt: { not: null } },
    orderBy: { confirmedAt: "desc" },
  });
  return credential ? decryptTotpSecret({ userId, payload: credential.encryptedSecret }) : null;
}
