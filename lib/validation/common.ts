import { z } from "zod";

/**
 * For actions that take no input (a button, not a form). One shared schema, so every
 * action still goes through the wrapper's parse and none declares its own empty object.
 */
export const noInput = z.object({});

/** A link token from a mail (reset, invitation, backup address); its shape only, the domain looks it up. */
export const tokenField = z.string().min(1).max(128);

/** Where to go after signing in; safeCallbackPath decides whether it is used. */
export const callbackUrlField = z.string().max(2048).optional();

/** One of the user's sessions in "Mijn login" (its id; the domain checks it is theirs). */
export const sessionRefSchema = z.object({ sessionId: z.string().min(1).max(64) });
