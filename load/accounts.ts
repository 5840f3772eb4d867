/**
 * The run's accounts, seeded straight into the database with bench/seed.ts's shared argon2
 * hash. Three pools, so each check has one clear expectation per account:
 *  - `plain`: signs in without MFA, never fails;
 *  - `failing`: only ever gets wrong passwords, each from an address of its own;
 *  - `mfa`: a confirmed authenticator whose key the generator holds, to make fresh codes.
 */
import { db } from "../lib/db/client";
import { encryptTotpSecret } from "../lib/mfa/secret-crypto";
import { generateTotpSecret } from "../lib/mfa/totp";
import { BENCH_PASSWORD, benchEmail, growUsers, seedBase } from "../bench/seed";

export type FailingAccount = { email: string; ip: string };
export type MfaAccount = { email: string; secret: string };
export type Accounts = { password: string; plain: string[]; failing: FailingAccount[]; mfa: MfaAccount[] };

export async function seedAccounts(counts: { plain: number; failing: number; mfa: number }): Promise<Accounts> {
  const seeded = await seedBase();
  await growUsers(seeded, counts.plain + counts.failing);
  const plain = Array.from({ length: counts.plain }, (_, i) => benchEmail(i));
  const failing = Array.from({ length: counts.failing }, (_, i) => ({
    email: benchEmail(counts.plain + i),
    // One address per account: its `login:ip:` counter must then equal the account's failures.
    ip: `10.2.${Math.floor(i / 250)}.${(i % 250) + 1}`,
  }));
  const mfa: MfaAccount[] = [];
  for (let i = 0; i < counts.mfa; i++) {
    const email = `mfa-${i}@load.example`;
    const user = await db.user.create({
      data: { email, name: `MFA ${i}`, role: "EMPLOYEE", companyId: seeded.companyId, passwordHash: seeded.hash },
    });
    // Written the way enrolment stores it (tests/support/people.ts): encrypted, confirmed.
    const secret = generateTotpSecret();
    await db.totpCredential.create({
      data: { userId: user.id, encryptedSecret: encryptTotpSecret({ userId: user.id, secret }), confirmedAt: new Date() },
    });
    mfa.push({ email, secret });
  }
  return { password: BENCH_PASSWORD, plain, failing, mfa };
}
