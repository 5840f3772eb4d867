/*
 * Helpers for integration tests on the real database. The people factory and the unique
 * values live in ./people and ./unique (shared with the browser tests); `createUser` and
 * `TestUser` are its older names, kept for the files that still import them from here.
 */
export { createPerson as createUser, type Person as TestUser } from "./people";
export { uniqueEmail, uniqueIp } from "./unique";

/** What a promise rejected with (fails the test if it resolved). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject, but it resolved");
}
