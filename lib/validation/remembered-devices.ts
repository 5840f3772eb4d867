import * as z from "zod/mini";
import { secondStepInput, verifyCodeSchema, verifyRecoverySchema } from "./mfa";

/*
 * "Deze computer 30 dagen onthouden": the box at the second step, the list on Mijn login
 * and the owner's setting. The box is only a wish: the server remembers nothing when the
 * company forbids it (lib/sign-in/remembered-devices.ts), whatever this field says.
 */
const rememberField = z.optional(z.boolean());

export const verifyCodeRememberSchema = z.extend(verifyCodeSchema, { remember: rememberField });
export const verifyRecoveryRememberSchema = z.extend(verifyRecoverySchema, { remember: rememberField });
export const secondStepRememberInput = z.extend(secondStepInput, { remember: rememberField });

/** One of the user's remembered browsers (its id; the domain checks it is theirs). */
export const rememberedDeviceRefSchema = z.object({ deviceId: z.string().check(z.minLength(1), z.maxLength(64)) });

/** The owner's setting on Medewerkers. */
export const rememberDevicesPolicySchema = z.object({ allowed: z.boolean() });
