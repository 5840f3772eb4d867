import { z } from "zod";
import { tokenField } from "./common";
import { emailField } from "./email";
import { passwordField } from "./password";

const id = z.string().min(1).max(64);

export const inviteSchema = z.object({ email: emailField });
export const invitationRefSchema = z.object({ invitationId: id });
export const policySchema = z.object({ required: z.boolean() });
export const employeeRefSchema = z.object({ employeeId: id });
/** The owner's own code or recovery code; resetEmployeeMfa checks it and counts a wrong one. */
export const resetMfaSchema = z.object({ employeeId: id, ownerFactor: z.string().trim().max(64) });
export const acceptInvitationSchema = z.object({
  token: tokenField,
  name: z.string().trim().min(1, "validation.required").max(120, "validation.tooLong"),
  password: passwordField({ mfaEnabled: false }),
});
