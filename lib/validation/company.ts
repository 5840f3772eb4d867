import * as z from "zod/mini";
import { tokenField } from "./common";
import { emailField } from "./email";
import { passwordField } from "./password";

const id = z.string().check(z.minLength(1), z.maxLength(64));

export const inviteSchema = z.object({ email: emailField });
export const invitationRefSchema = z.object({ invitationId: id });
/** The four owner alerts on Medewerkers, always sent together (lib/company/owner-alerts.ts). */
export const ownerAlertsSchema = z.object({
  recoveryLogin: z.boolean(),
  mfaDisabled: z.boolean(),
  authenticatorReplaced: z.boolean(),
  secondFactorLocked: z.boolean(),
});
export const employeeRefSchema = z.object({ employeeId: id });
/** The owner's own code or recovery code; resetEmployeeMfa checks it and counts a wrong one. */
export const resetMfaSchema = z.object({ employeeId: id, ownerFactor: z.string().check(z.trim(), z.maxLength(64)) });
export const acceptInvitationSchema = z.object({
  token: tokenField,
  name: z.string().check(z.trim(), z.minLength(1, "validation.required"), z.maxLength(120, "validation.tooLong")),
  password: passwordField({ mfaEnabled: false }),
});
