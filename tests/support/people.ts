import { randomUUID } from "node:crypto";
import { db, type Db } from "@/lib/db/client";
import { issueRecoveryCodes } from "@/lib/mfa/recovery-store";
import { encryptTotpSecret } from "@/lib/mfa/secret-crypto";
import { generateTotpSecret } from "@/lib/mfa/totp";
import { hashPassword } from "@/lib/passwords/hash";

/*
 * The one factory for people and their companies, for the Vitest tests and the Playwright
 * fixtures alike: rows written straight to the database the way the app stores them
 * (argon2id password, encrypted TOTP secret, hashed recovery codes). It reads no
 * environment itself: the browser tests import it through tests/e2e/fixtures, which set
 * the server's DATABASE_URL and MFA_ENCRYPTION_KEY before the database client loads.
 */

export type Account = { companyName: string; name: string; email: string; password: string };
export type Role = "OWNER" | "EMPLOYEE";

/** Fresh, unique sign-up details (the browser tests also type them into the register form). */
export function newAccount(label = "owner"): Account {
  const id = randomUUID().slice(0, 8);
  // Its own random part: a password sharing a word with the company name is refused.
  const secret = randomUUID().slice(0, 8);
  return {
    companyName: `Testbedrijf ${id}`,
    name: `Tess ${label}`,
    email: `${label}-${id}@example.test`,
    password: `paarse olifant danst op het dak ${secret}`,
  };
}

/** "reserve-<login address>": unique per person, and recognisable in the masked button label. */
export function backupAddressFor(email: string, prefix = "reserve"): string {
  return `${prefix}-${email}`;
}

export type PersonOptions = Partial<Account> & {
  /** Goes into the generated address and name, to recognise a test's rows. */
  label?: string;
  /** Join this company; without it the person founds a new one (named `companyName`). */
  companyId?: string;
  /** OWNER of a new company, EMPLOYEE of a given one, unless set. */
  role?: Role;
  /** An active authenticator app: a confirmed TOTP credential with an encrypted secret. */
  mfa?: boolean;
  /** With `mfa`: ten recovery codes as well, unless false. */
  recoveryCodes?: boolean;
  /** A confirmed backup address, backupAddressFor(email, backupPrefix). */
  backupPrefix?: string;
  /** The database to write to; the Resend browser tests' server has its own. */
  client?: Db;
};

export type Person = Account & {
  id: string;
  /** `id` again, under the name of the foreign keys the browser tests look rows up by. */
  userId: string;
  companyId: string;
  role: Role;
  /** The base32 key an authenticator app holds (for authenticatorCode() or totpAt()). */
  key: string | null;
  /** Unused recovery codes as shown to the user (`ABCD-EFGH-JKMN-PQRS`). */
  recoveryCodes: string[];
  /** The confirmed backup address. */
  backup: string | null;
};

export type MfaPerson = Person & { key: string };

/** What the options promise: a key with `mfa: true`, a backup address with a prefix. */
type PersonFor<O extends PersonOptions> = (O extends { mfa: true } ? MfaPerson : Person) &
  (O extends { backupPrefix: string } ? { backup: string } : unknown);

export function createPerson<O extends PersonOptions>(options?: O): Promise<PersonFor<O>>;
export async function createPerson(options: PersonOptions = {}): Promise<Person> {
  const { companyId, mfa = false, recoveryCodes: withRecoveryCodes = true, backupPrefix, client = db } = options;
  const role = options.role ?? (companyId ? "EMPLOYEE" : "OWNER");
  const generated = newAccount(options.label ?? (companyId ? "medewerker" : "owner"));
  const email = options.email ?? generated.email;
  const password = options.password ?? generated.password;
  // People of one company are told apart by name in its people list and log.
  const name = options.name ?? (companyId ? `${generated.name} ${randomUUID().slice(0, 4)}` : generated.name);
  const company = companyId
    ? await client.company.findUniqueOrThrow({ where: { id: companyId }, select: { id: true, name: true } })
    : await client.company.create({ data: { name: options.companyName ?? generated.companyName } });
  const backup = backupPrefix === undefined ? null : backupAddressFor(email, backupPrefix);
  const user = await client.user.create({
    data: {
      companyId: company.id,
      email,
      name,
      role,
      passwordHash: await hashPassword(password),
      ...(backup === null ? {} : { backupEmail: backup, backupEmailConfirmedAt: new Date() }),
    },
  });
  let key: string | null = null;
  let recoveryCodes: string[] = [];
  if (mfa) {
    key = generateTotpSecret();
    await client.totpCredential.create({
      data: { userId: user.id, encryptedSecret: encryptTotpSecret({ userId: user.id, secret: key }), confirmedAt: new Date() },
    });
    if (withRecoveryCodes) recoveryCodes = await client.$transaction((tx) => issueRecoveryCodes(tx, user.id));
  }
  return { companyName: company.name, name, email, password, id: user.id, userId: user.id, companyId: company.id, role, key, recoveryCodes, backup };
}
