// No "server-only" guard: the seed and bench scripts hash via tsx, and a native module cannot
// reach a client bundle anyway.
import { randomUUID } from "node:crypto";
import { hash, verify, type Algorithm, type Options } from "@node-rs/argon2";

// `Algorithm` is an ambient const enum, which isolatedModules cannot read; 2 is its Argon2id member.
const ARGON2ID: Algorithm = 2;

/** ASVS 11.4.2 / OWASP minimum for argon2id: 19 MiB, 2 passes, 1 lane. */
export const ARGON2_OPTIONS: Options = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/*
 * NFC only: the same password typed on macOS (often NFD) and Windows must match.
 * Nothing else is altered: no trimming, no case folding, no truncation (ASVS 6.2.8).
 */
function prepare(password: string): string {
  return password.normalize("NFC");
}

/** Returns a PHC string ($argon2id$v=19$m=19456,t=2,p=1$salt$hash); salt comes from argon2. */
export function hashPassword(password: string): Promise<string> {
  return hash(prepare(password), ARGON2_OPTIONS);
}

/** Parameters are read from the stored hash, so old hashes keep verifying after a policy change. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, prepare(password));
  } catch {
    // A corrupt or foreign hash must read as "wrong password", never as a 500 that reveals it.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/*
 * A random secret nobody knows, hashed with the live parameters, so the burn costs exactly
 * what a real verify costs. Made on first use to keep module load (and client-less tests) cheap.
 */
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomUUID()).catch((error: unknown) => {
    dummyHash = undefined;
    throw error;
  });
  return dummyHash;
}

/**
 * Spends one argon2 verify on nothing, so "unknown e-mail" takes as long as "wrong password"
 * and the response time does not reveal which accounts exist.
 */
export async function burnPasswordCheck(password: string): Promise<void> {
  try {
    await verify(await getDummyHash(), prepare(password));
  } catch {
    // Same contract as verifyPassword: the caller answers "wrong e-mail or password" either way.
  }
}
