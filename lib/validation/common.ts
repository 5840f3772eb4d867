import * as z from "zod/mini";

/*
 * The form schemas here are built with zod/mini: the forms run them in the browser too, where
 * mini costs a fraction of classic zod's JavaScript (issue 11). lib/actions/safe-action.ts
 * takes either kind.
 */

/**
 * For actions that take no input (a button, not a form). One shared schema, so every
 * action still goes through the wrapper's parse and none declares its own empty object.
 */
export const noInput = z.object({});

/** A link token from a mail (reset, invitation, backup address); its shape only, the domain looks it up. */
export const tokenField = z.string().check(z.minLength(1), z.maxLength(128));

/** Where to go after signing in; safeCallbackPath decides whether it is used. */
export const callbackUrlField = z.optional(z.string().check(z.maxLength(2048)));

/** One of the user's sessions in "Mijn login" (its id; the domain checks it is theirs). */
export const sessionRefSchema = z.object({ sessionId: z.string().check(z.minLength(1), z.maxLength(64)) });
