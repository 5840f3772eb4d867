import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { activeTotpSecret, pendingSetup } from "@/lib/mfa/credentials";
import { consumeRecoveryCode, issueRecoveryCodes } from "@/lib/mfa/recovery-store";
import {
  claimTotpCode,
  verifySecondFactor,
  type FactorResult,
  type FactorUser,
} from "@/lib/mfa/second-factor";
import { LOCK_AFTER_FAILURES, LOCK_DURATION_MS } from "@/lib/limits";
import { decryptTotpSecret } from "@/lib/mfa/secret-crypto";
import { createPerson, type Person } from "../support/people";
import { uniqueIp } from "../support/unique";
import { base32ToBytes, hotp, stepAt, totpAt, wrongCodeAt } from "../support/rfc6238";

/*
 * The second factor on the real database (SQLite by default, PostgreSQL when DATABASE_URL
 * names one). Expected codes come from tests/support/rfc6238.ts, not from the app's otplib.
 * None of these functions needs a request scope, so nothing is mocked.
 */

// Middle of a 30 s step, so ±30 s and ±61 s land unambiguously in the neighbouring steps.
const T = Date.UTC(2026, 0, 1, 12, 0, 15);

type MfaUser = Person & { secret: string; factorUser: FactorUser };

/**
 * A person with an active authenticator (and no recovery codes, which tests issue when they
 * need them), with the FactorUser the second-factor functions take, read back from the row.
 */
async function mfaUser(): Promise<MfaUser> {
  const user = await createPerson({ mfa: true, recoveryCodes: false });
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  return {
    ...user,
    secret: user.key,
    factorUser: { id: row.id, companyId: row.companyId, email: row.email, name: row.name, locale: row.locale },
  };
}

function issueCodes(userId: string): Promise<string[]> {
  return db.$transaction((tx) => issueRecoveryCodes(tx, userId));
}

function activityCount(userId: string, type: string): Promise<number> {
  return db.activityEvent.count({ where: { userId, type } });
}

describe("the independent RFC 6238 helper", () => {
  it("matches the RFC 6238 Appendix B SHA1 vectors, so the expectations below are sound", () => {
    type Vector = { algorithm: string; secretAscii: string; time: number; digits: number; code: string };
    const vectors = (JSON.parse(fs.readFileSync("tests/fixtures/rfc-otp-vectors.json", "utf8")) as { totp: Vector[] }).totp;
    const sha1 = vectors.filter((vector) => vector.algorithm === "SHA1");
    expect(sha1.length).toBeGreaterThan(0);
    for (const vector of sha1) {
      expect(hotp(Buffer.from(vector.secretAscii, "ascii"), Math.floor(vector.time / 30), vector.digits)).toBe(vector.code);
    }
    expect(base32ToBytes("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").toString("ascii")).toBe("12345678901234567890");
  });
});

describe("claimTotpCode", () => {
  it("accepts a correct code once and reports its time step", async () => {
    const user = await mfaUser();
    const code = totpAt(user.secret, T);

    const first = await claimTotpCode(user.id, user.secret, code, T);
    expect(first).toEqual({ ok: true, step: stepAt(T) });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpLastUsedStep: true } });
    expect(stored.totpLastUsedStep).toBe(stepAt(T));

    expect(await claimTotpCode(user.id, user.secret, code, T)).toEqual({ ok: false, reason: "replayed" });
    // Still refused a few seconds later, within the same step and from the next step.
    expect(await claimTotpCode(user.id, user.secret, code, T + 5_000)).toEqual({ ok: false, reason: "replayed" });
    expect(await claimTotpCode(user.id, user.secret, code, T + 30_000)).toEqual({ ok: false, reason: "replayed" });
  });

  it("refuses an older step's code once a newer step was used", async () => {
    const user = await mfaUser();
    expect(await claimTotpCode(user.id, user.secret, totpAt(user.secret, T), T)).toMatchObject({ ok: true });
    const previous = await claimTotpCode(user.id, user.secret, totpAt(user.secret, T - 30_000), T);
    expect(previous).toEqual({ ok: false, reason: "replayed" });
    // The next step's code is still fresh.
    expect(await claimTotpCode(user.id, user.secret, totpAt(user.secret, T + 30_000), T)).toEqual({
      ok: true,
      step: stepAt(T) + 1,
    });
  });

  it("lets exactly one of two concurrent submits of the same code win", async () => {
    const user = await mfaUser();
    const code = totpAt(user.secret, T);
    const results = await Promise.all([
      claimTotpCode(user.id, user.secret, code, T),
      claimTotpCode(user.id, user.secret, code, T),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "replayed" }]);
  });

  it("lets exactly one of ten concurrent submits of the same code win", async () => {
    const user = await mfaUser();
    const code = totpAt(user.secret, T);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => claimTotpCode(user.id, user.secret, code, T)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === "replayed")).toHaveLength(9);
  });

  it("accepts the codes of T-30 s and T+30 s, refuses those of T-61 s and T+61 s (server clock)", async () => {
    const late = await mfaUser();
    expect(await claimTotpCode(late.id, late.secret, totpAt(late.secret, T - 30_000), T)).toEqual({
      ok: true,
      step: stepAt(T) - 1,
    });
    const early = await mfaUser();
    expect(await claimTotpCode(early.id, early.secret, totpAt(early.secret, T + 30_000), T)).toEqual({
      ok: true,
      step: stepAt(T) + 1,
    });

    const tooLate = await mfaUser();
    const old = totpAt(tooLate.secret, T - 61_000);
    // Only meaningful when that code is not also the code of a step inside the window.
    for (const offset of [-30_000, 0, 30_000]) expect(totpAt(tooLate.secret, T + offset)).not.toBe(old);
    expect(await claimTotpCode(tooLate.id, tooLate.secret, old, T)).toEqual({ ok: false, reason: "invalid" });

    const tooEarly = await mfaUser();
    const future = totpAt(tooEarly.secret, T + 61_000);
    for (const offset of [-30_000, 0, 30_000]) expect(totpAt(tooEarly.secret, T + offset)).not.toBe(future);
    expect(await claimTotpCode(tooEarly.id, tooEarly.secret, future, T)).toEqual({ ok: false, reason: "invalid" });

    const untouched = await db.user.findMany({
      where: { id: { in: [tooLate.id, tooEarly.id] } },
      select: { totpLastUsedStep: true },
    });
    expect(untouched.map((row) => row.totpLastUsedStep)).toEqual([null, null]);
  });

  it("treats non-numeric and wrong-length input as a format failure, not an exception", async () => {
    const user = await mfaUser();
    for (const input of ["", "12345", "1234567", "abcdef", "12 34 5x", "9".repeat(100)]) {
      expect(await claimTotpCode(user.id, user.secret, input, T)).toEqual({ ok: false, reason: "format" });
    }
    // Spaces and a dash, as people type them, are fine.
    const code = totpAt(user.secret, T);
    expect(await claimTotpCode(user.id, user.secret, `${code.slice(0, 3)} ${code.slice(3)}`, T)).toMatchObject({ ok: true });
  });
});

describe("consumeRecoveryCode", () => {
  it("accepts a valid code once, then refuses it", async () => {
    const user = await createPerson();
    const codes = await issueCodes(user.id);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);

    expect(await consumeRecoveryCode(user.id, codes[0]!)).toEqual({ ok: true, remaining: 9 });
    expect(await consumeRecoveryCode(user.id, codes[0]!)).toEqual({ ok: false, reason: "invalid" });
    expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(1);
  });

  it("lets exactly one of ten concurrent uses of one code win", async () => {
    const user = await createPerson();
    const codes = await issueCodes(user.id);
    const results = await Promise.all(Array.from({ length: 10 }, () => consumeRecoveryCode(user.id, codes[3]!)));
    expect(results.filter((result) => result.ok)).toEqual([{ ok: true, remaining: 9 }]);
    expect(results.filter((result) => !result.ok)).toHaveLength(9);
    for (const result of results.filter((r) => !r.ok)) expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
  });

  it("accepts lower case and spaces instead of dashes", async () => {
    const user = await createPerson();
    const codes = await issueCodes(user.id);
    const typed = ` ${codes[5]!.toLowerCase().replace(/-/g, " ")} `;
    expect(await consumeRecoveryCode(user.id, typed)).toEqual({ ok: true, remaining: 9 });
    const compact = codes[6]!.replace(/-/g, "").toLowerCase();
    expect(await consumeRecoveryCode(user.id, compact)).toEqual({ ok: true, remaining: 8 });
  });

  it("answers garbage with \"format\" and uses nothing up", async () => {
    const user = await createPerson();
    await issueCodes(user.id);
    for (const input of ["", "garbage", "ABCD-EFGH", "!!!!-!!!!-!!!!-!!!!", "ÄBCD-EFGH-JKMN-PQRS", "A".repeat(65), "123456"]) {
      expect(await consumeRecoveryCode(user.id, input)).toEqual({ ok: false, reason: "format" });
    }
    expect(await db.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(10);
  });

  it("does not accept another user's code", async () => {
    const owner = await createPerson();
    const other = await createPerson();
    const codes = await issueCodes(owner.id);
    await issueCodes(other.id);
    expect(await consumeRecoveryCode(other.id, codes[0]!)).toEqual({ ok: false, reason: "invalid" });
    expect(await consumeRecoveryCode(owner.id, codes[0]!)).toEqual({ ok: true, remaining: 9 });
  });

  it("voids all old codes when new ones are issued", async () => {
    const user = await createPerson();
    const old = await issueCodes(user.id);
    const fresh = await issueCodes(user.id);
    expect(fresh.some((code) => old.includes(code))).toBe(false);
    expect(await consumeRecoveryCode(user.id, old[0]!)).toEqual({ ok: false, reason: "invalid" });
    expect(await consumeRecoveryCode(user.id, fresh[0]!)).toEqual({ ok: true, remaining: 9 });
  });

  it("stores the codes only as hashes", async () => {
    const user = await createPerson();
    const codes = await issueCodes(user.id);
    const rows = await db.recoveryCode.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(10);
    const everything = JSON.stringify(rows).toUpperCase();
    for (const code of codes) {
      const compact = code.replace(/-/g, "");
      for (const row of rows) {
        expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
        expect(row.codeHash.toUpperCase()).not.toContain(compact);
      }
      expect(everything).not.toContain(code);
      expect(everything).not.toContain(compact);
      // Not even a fragment a person could read off (the 4-character groups are too short to check).
      expect(everything).not.toContain(compact.slice(0, 8));
    }
    // Nor on the user row or in the activity log.
    const userRow = JSON.stringify(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toUpperCase();
    for (const code of codes) expect(userRow).not.toContain(code.replace(/-/g, ""));
  });
});

describe("verifySecondFactor, the authenticator lock", () => {
  async function failTenTimes(user: MfaUser, ip: string) {
    const results: FactorResult[] = [];
    for (let attempt = 0; attempt < LOCK_AFTER_FAILURES; attempt++) {
      results.push(await verifySecondFactor(user.factorUser, wrongCodeAt(user.secret, Date.now()), ip));
    }
    return results;
  }

  it("locks the authenticator for 15 minutes on the tenth wrong code, logs it and mails the user", async () => {
    const user = await mfaUser();
    const ip = uniqueIp();
    const before = Date.now();
    const results = await failTenTimes(user, ip);
    const after = Date.now();

    for (const result of results.slice(0, 9)) expect(result).toEqual({ ok: false, reason: "invalid", lockedUntil: undefined });
    const tenth = results[9]!;
    expect(tenth.ok).toBe(false);
    if (tenth.ok) throw new Error("unreachable");
    expect(tenth.reason).toBe("invalid");
    expect(tenth.lockedUntil).toBeInstanceOf(Date);
    const lockedUntil = tenth.lockedUntil!.getTime();
    expect(lockedUntil).toBeGreaterThanOrEqual(before + LOCK_DURATION_MS);
    expect(lockedUntil).toBeLessThanOrEqual(after + LOCK_DURATION_MS);
    expect(LOCK_DURATION_MS).toBe(15 * 60_000);

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.secondFactorLockedUntil?.getTime()).toBe(lockedUntil);
    expect(row.secondFactorFailures).toBe(10);

    expect(await activityCount(user.id, "SECOND_FACTOR_FAILED")).toBe(10);
    expect(await activityCount(user.id, "SECOND_FACTOR_LOCKED")).toBe(1);
    const failed = await db.activityEvent.findMany({ where: { userId: user.id, type: "SECOND_FACTOR_FAILED" } });
    for (const event of failed) {
      expect(event.ipAddress).toBe(ip);
      expect(event.companyId).toBe(user.companyId);
    }

    const mails = await db.outboxMail.findMany({ where: { to: user.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Inloggen met een verificatiecode is tijdelijk geblokkeerd");
  });

  it("refuses even the correct code while locked, without using it up or counting it", async () => {
    const user = await mfaUser();
    await failTenTimes(user, uniqueIp());
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });

    const result = await verifySecondFactor(user.factorUser, totpAt(user.secret, Date.now()), uniqueIp());
    expect(result).toEqual({ ok: false, reason: "throttled", lockedUntil: locked.secondFactorLockedUntil });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.totpLastUsedStep).toBeNull();
    expect(after.secondFactorFailures).toBe(10);
    expect(after.secondFactorLockedUntil).toEqual(locked.secondFactorLockedUntil);
  });

  it("still accepts a valid recovery code while locked, and that lifts the lock", async () => {
    const user = await mfaUser();
    const codes = await issueCodes(user.id);
    await failTenTimes(user, uniqueIp());
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).secondFactorLockedUntil).not.toBeNull();

    const result = await verifySecondFactor(user.factorUser, codes[0]!, uniqueIp());
    expect(result).toEqual({ ok: true, method: "recovery", remaining: 9 });

    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.secondFactorLockedUntil).toBeNull();
    expect(row.secondFactorFailures).toBe(0);
    expect(await activityCount(user.id, "RECOVERY_CODE_USED")).toBe(1);
    // The authenticator works again at once.
    expect(await verifySecondFactor(user.factorUser, totpAt(user.secret, Date.now()), uniqueIp())).toEqual({
      ok: true,
      method: "totp",
    });
  });

  it("accepts the correct code after the lock has expired, and resets the failures", async () => {
    const user = await mfaUser();
    await failTenTimes(user, uniqueIp());
    await db.user.update({ where: { id: user.id }, data: { secondFactorLockedUntil: new Date(Date.now() - 1_000) } });

    const result = await verifySecondFactor(user.factorUser, totpAt(user.secret, Date.now()), uniqueIp());
    expect(result).toEqual({ ok: true, method: "totp" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.secondFactorFailures).toBe(0);
    expect(row.secondFactorLockedUntil).toBeNull();
    expect(row.totpLastUsedStep).not.toBeNull();
  });

  it("a success before the tenth failure resets the count, so no lock follows", async () => {
    const user = await mfaUser();
    for (let attempt = 0; attempt < 9; attempt++) {
      await verifySecondFactor(user.factorUser, wrongCodeAt(user.secret, Date.now()), uniqueIp());
    }
    expect(await verifySecondFactor(user.factorUser, totpAt(user.secret, Date.now()), uniqueIp())).toEqual({
      ok: true,
      method: "totp",
    });
    const next = await verifySecondFactor(user.factorUser, wrongCodeAt(user.secret, Date.now()), uniqueIp());
    expect(next).toEqual({ ok: false, reason: "invalid", lockedUntil: undefined });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.secondFactorFailures).toBe(1);
    expect(row.secondFactorLockedUntil).toBeNull();
  });

  it("records a wrong recovery code as a failure without touching the authenticator count", async () => {
    const user = await mfaUser();
    await issueCodes(user.id);
    const result = await verifySecondFactor(user.factorUser, "AAAA-BBBB-CCCC-DDDD", uniqueIp());
    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(await activityCount(user.id, "SECOND_FACTOR_FAILED")).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).secondFactorFailures).toBe(0);
  });
});

/** The user in one signed-in session: a key being set up belongs to the session. */
function inOneSession<U extends { id: string }>(user: U): U & { sessionId: string } {
  return { ...user, sessionId: `session-of-${user.id}` };
}

describe("TOTP secrets at rest", () => {
  it("stores a pending setup encrypted, reuses it on reload, and does not switch MFA on", async () => {
    const user = await createPerson();
    const first = await pendingSetup(inOneSession(user));
    expect(first.secret).toMatch(/^[A-Z2-7]{32}$/);

    const rows = await db.totpCredential.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.confirmedAt).toBeNull();
    expect(row.encryptedSecret).not.toContain(first.secret);
    expect(row.encryptedSecret.toUpperCase()).not.toContain(first.secret);
    // Not even half of it, in any case.
    expect(row.encryptedSecret.toUpperCase()).not.toContain(first.secret.slice(0, 16));
    expect(row.encryptedSecret.toUpperCase()).not.toContain(first.secret.slice(16));
    expect(decryptTotpSecret({ userId: user.id, payload: row.encryptedSecret })).toBe(first.secret);
    // Bound to its owner: another user id does not decrypt it.
    const other = await createPerson();
    expect(() => decryptTotpSecret({ userId: other.id, payload: row.encryptedSecret })).toThrow();

    const second = await pendingSetup(inOneSession(user));
    expect(second.secret).toBe(first.secret);
    expect(second.credentialId).toBe(first.credentialId);
    expect(await db.totpCredential.count({ where: { userId: user.id } })).toBe(1);

    expect(await activeTotpSecret(user.id)).toBeNull();
    // And the password step still sees no authenticator.
    expect(await db.totpCredential.count({ where: { userId: user.id, confirmedAt: { not: null } } })).toBe(0);
  });

  it("keeps the active authenticator while a replacement is pending", async () => {
    const user = await mfaUser();
    const pending = await pendingSetup(inOneSession(user));
    expect(pending.secret).not.toBe(user.secret);
    expect(await activeTotpSecret(user.id)).toBe(user.secret);
    // The pending key's codes do not count as the active factor (a clash with the old key's
    // window is a one-in-300,000 chance).
    const result = await verifySecondFactor(user.factorUser, totpAt(pending.secret, Date.now()), uniqueIp());
    expect(result).toEqual({ ok: false, reason: "invalid", lockedUntil: undefined });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpLastUsedStep).toBeNull();
  });

  it("starts a new key when a pending setup is older than 30 minutes", async () => {
    const user = await createPerson();
    const first = await pendingSetup(inOneSession(user));
    const later = await pendingSetup(inOneSession(user), new Date(Date.now() + 31 * 60_000));
    expect(later.secret).not.toBe(first.secret);
    expect(later.credentialId).not.toBe(first.credentialId);
    expect(await db.totpCredential.count({ where: { userId: user.id } })).toBe(1);
  });

  it("has no base32 secret anywhere in the credential table for these users", async () => {
    const user = await mfaUser();
    const row = await db.totpCredential.findFirstOrThrow({ where: { userId: user.id } });
    expect(JSON.stringify(row).toUpperCase()).not.toContain(user.secret);
    expect(row.encryptedSecret).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });
});

/*
 * docs/SECURITY.md "Throttling": ≥10 wrong codes lock the authenticator, also when the guesses
 * arrive at once (each attempt is counted before its code is checked).
 */
describe("verifySecondFactor under concurrent guessing", () => {
  it("evaluates at most ten wrong codes before the lock, even when they arrive at once", async () => {
    const user = await mfaUser();
    const guesses = Array.from({ length: 30 }, () => wrongCodeAt(user.secret, Date.now()));
    const results = await Promise.all(guesses.map((code) => verifySecondFactor(user.factorUser, code, uniqueIp())));
    const evaluated = results.filter((result) => !result.ok && result.reason === "invalid");
    const throttled = results.filter((result) => !result.ok && result.reason === "throttled");
    expect(evaluated).toHaveLength(LOCK_AFTER_FAILURES);
    expect(throttled).toHaveLength(30 - LOCK_AFTER_FAILURES);

    // One lock, one notice, and refused guesses are not counted as attempts.
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.secondFactorFailures).toBe(LOCK_AFTER_FAILURES);
    expect(row.secondFactorLockedUntil).not.toBeNull();
    expect(await activityCount(user.id, "SECOND_FACTOR_FAILED")).toBe(LOCK_AFTER_FAILURES);
    expect(await activityCount(user.id, "SECOND_FACTOR_LOCKED")).toBe(1);
    expect(await db.outboxMail.count({ where: { to: user.email } })).toBe(1);
  });

  it("a correct code that races wrong guesses takes back only the failures counted up to it", async () => {
    const user = await mfaUser();
    const inputs = [...Array.from({ length: 15 }, () => wrongCodeAt(user.secret, Date.now())), totpAt(user.secret, Date.now())];
    const results = await Promise.all(inputs.map((code) => verifySecondFactor(user.factorUser, code, uniqueIp())));
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const last = results[results.length - 1]!;
    const invalid = results.filter((result) => !result.ok && result.reason === "invalid").length;
    // Never ten or more counted failures without a lock (a success that wiped guesses counted
    // after it would leave them uncounted, and a later burst a fresh budget).
    expect(row.secondFactorFailures < LOCK_AFTER_FAILURES || row.secondFactorLockedUntil !== null).toBe(true);
    if (last.ok) {
      // SECURITY.md "Success resets": the success took back itself and the guesses before it,
      // never more than were evaluated; what is still counted came after it.
      expect(row.secondFactorFailures).toBeLessThanOrEqual(invalid);
      // A lock that stands was set by a guess that reached ten counted attempts (the success
      // among them), not by a count that a success had already wiped.
      if (row.secondFactorLockedUntil) expect(invalid).toBeGreaterThanOrEqual(LOCK_AFTER_FAILURES - 1);
      // The guesses before the success are forgiven, those after it count from it: at most
      // nine before, at most ten after.
      expect(invalid).toBeLessThanOrEqual(2 * LOCK_AFTER_FAILURES - 1);
    } else {
      expect(last.reason).toBe("throttled");
      expect(row.secondFactorLockedUntil).not.toBeNull();
      expect(invalid).toBeLessThanOrEqual(LOCK_AFTER_FAILURES);
    }
  });

  it("after a success, the guesses that follow are counted from it and lock at ten", async () => {
    const user = await mfaUser();
    for (let i = 0; i < 4; i++) await verifySecondFactor(user.factorUser, wrongCodeAt(user.secret, Date.now()), uniqueIp());
    expect(await verifySecondFactor(user.factorUser, totpAt(user.secret, Date.now()), uniqueIp())).toEqual({ ok: true, method: "totp" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).secondFactorFailures).toBe(0);
    const burst = await Promise.all(
      Array.from({ length: 15 }, () => verifySecondFactor(user.factorUser, wrongCodeAt(user.secret, Date.now()), uniqueIp())),
    );
    expect(burst.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(LOCK_AFTER_FAILURES);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.secondFactorFailures).toBe(LOCK_AFTER_FAILURES);
    expect(row.secondFactorLockedUntil).not.toBeNull();
  });
});
