import type { Db } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode } from "./recovery-codes";

type Tx = Pick<Db, "recoveryCode">;

/** Replaces all of a user's codes (old ones void at once) and returns the new ones, shown once. */
export async function issueRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = generateRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(normalizeRecoveryCode(code) ?? code) })),
  });
  return codes;
}

export async function remainingRecoveryCodes(userId: string): Promise<number> {
  // Raw SQL: shown on Mijn login, whose reads are all raw (issue 11). PostgreSQL counts in bigint.
  const rows = await db.$queryRaw<{ remaining: unknown }[]>`
    SELECT COUNT(*) AS "remaining" FROM "RecoveryCode" WHERE "userId" = ${userId} AND "usedAt" IS NULL`;
  return Number(rows[0]?.remaining ?? 0);
}

export type RecoveryUse = { ok: true; remaining: number } | { ok: false; reason: "format" | "invalid" };

/**
 * Uses up one code. The conditional update (`usedAt: null`) is the whole decision, so
 * two requests racing with the same code get exactly one success.
 */
export async function consumeRecoveryCode(
  userId: string,
  input: string,
  { tx = db, now = new Date() }: { tx?: Pick<Db, "recoveryCode">; now?: Date } = {},
): Promise<RecoveryUse> {
  const normalized = normalizeRecoveryCode(input);
  if (!normalized) return { ok: false, reason: "format" };
  const used = await tx.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(normalized), usedAt: null },
    data: { usedAt: now },
  });
  if (used.count !== 1) return { ok: false, reason: "invalid" };
  return { ok: true, remaining: await tx.recoveryCode.count({ where: { userId, usedAt: null } }) };
}
