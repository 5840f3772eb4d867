/**
 * Bulk users for the bench, written straight through Prisma. They share one argon2 hash
 * (hashing 100,000 passwords would take minutes and measure nothing new).
 */
import { db } from "../lib/db/client";
import { hashPassword } from "../lib/passwords/hash";
import { encryptTotpSecret } from "../lib/mfa/secret-crypto";

/** 20+ characters and no MFA: the sign-in completes without the "new password" step. */
export const BENCH_PASSWORD = "bench-wachtwoord-dat-lang-genoeg-is";
const BATCH = 5_000;
// Small businesses: the users are spread over companies of this size, as they would be.
const COMPANY_SIZE = 25;

export const benchEmail = (i: number) => `bench-${String(i).padStart(6, "0")}@bench.example`;

export type Seeded = { companyId: string; hash: string; users: number; owner: { email: string } };

/** The shared hash, a company for the users with an authenticator, and an owner for the page figures. */
export async function seedBase(): Promise<Seeded> {
  const hash = await hashPassword(BENCH_PASSWORD);
  const company = await db.company.create({ data: { name: "Bench BV" } });
  const ownCompany = await db.company.create({ data: { name: "Bakkerij Bench" } });
  const owner = { email: "eigenaar@bench.example" };
  await db.user.create({ data: { email: owner.email, name: "Eigenaar Bench", role: "OWNER", companyId: ownCompany.id, passwordHash: hash } });
  return { companyId: company.id, hash, users: 0, owner };
}

const companyOf = (i: number) => `bench-company-${Math.floor(i / COMPANY_SIZE)}`;

/** Adds users until `total` exist, in batches: the first of every company is its owner. */
export async function growUsers(seeded: Seeded, total: number): Promise<void> {
  for (let from = seeded.users; from < total; from += BATCH) {
    const to = Math.min(total, from + BATCH);
    const companies = [];
    const users = [];
    for (let i = from; i < to; i++) {
      const first = i % COMPANY_SIZE === 0;
      if (first) companies.push({ id: companyOf(i), name: `Bench ${Math.floor(i / COMPANY_SIZE)} BV` });
      users.push({ email: benchEmail(i), name: `Medewerker ${i}`, role: first ? "OWNER" : "EMPLOYEE", companyId: companyOf(i), passwordHash: seeded.hash });
    }
    await db.company.createMany({ data: companies });
    await db.user.createMany({ data: users });
    seeded.users = to;
  }
}

/** Users with a confirmed authenticator (one shared key), for the second-step figure. */
export async function seedMfaUsers(seeded: Seeded, count: number, secret: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const user = await db.user.create({
      data: { email: `mfa-${i}@bench.example`, name: `MFA ${i}`, role: "EMPLOYEE", companyId: seeded.companyId, passwordHash: seeded.hash },
    });
    await db.totpCredential.create({
      data: { userId: user.id, encryptedSecret: encryptTotpSecret({ userId: user.id, secret }), confirmedAt: new Date() },
    });
    ids.push(user.id);
  }
  return ids;
}
