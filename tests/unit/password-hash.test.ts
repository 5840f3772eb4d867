import { describe, expect, it } from "vitest";
import { burnPasswordCheck, hashPassword, verifyPassword } from "@/lib/passwords/hash";

describe("hashPassword / verifyPassword", () => {
  it("produces an argon2id PHC string with m=19456, t=2, p=1", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
  });

  it("salts: the same password hashes differently each time", async () => {
    const [a, b] = await Promise.all([hashPassword("zelfde wachtwoord"), hashPassword("zelfde wachtwoord")]);
    expect(a).not.toBe(b);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("Secret sentence of words");
    expect(await verifyPassword(hash, "Secret sentence of words")).toBe(true);
    expect(await verifyPassword(hash, "another sentence of words")).toBe(false);
  });

  it("keeps case and trailing characters significant", async () => {
    const hash = await hashPassword("Secret sentence of words");
    expect(await verifyPassword(hash, "secret sentence of words")).toBe(false);
    expect(await verifyPassword(hash, "Secret sentence of words ")).toBe(false);
    expect(await verifyPassword(hash, "Secret sentence of word")).toBe(false);
  });

  it("round-trips 100- and 128-character passwords without truncating", async () => {
    const long = "a".repeat(127) + "b";
    expect(await verifyPassword(await hashPassword(long), long)).toBe(true);

    const base = "x".repeat(99);
    const hash = await hashPassword(`${base}1`);
    expect(await verifyPassword(hash, `${base}1`)).toBe(true);
    expect(await verifyPassword(hash, `${base}2`)).toBe(false);
  });

  it("treats NFC and NFD spellings of the same password as equal", async () => {
    const hash = await hashPassword("café in de zon".normalize("NFC"));
    expect(await verifyPassword(hash, "café in de zon".normalize("NFD"))).toBe(true);
  });

  it("returns false for a malformed hash instead of throwing", async () => {
    await expect(verifyPassword("not-a-hash", "whatever")).resolves.toBe(false);
    await expect(verifyPassword("", "whatever")).resolves.toBe(false);
    await expect(verifyPassword("$argon2id$v=19$m=19456,t=2,p=1$broken", "whatever")).resolves.toBe(false);
  });
});

describe("burnPasswordCheck", () => {
  it("resolves, also when called again with the cached dummy hash", async () => {
    await expect(burnPasswordCheck("any password at all")).resolves.toBeUndefined();
    await expect(burnPasswordCheck("")).resolves.toBeUndefined();
  });
});
