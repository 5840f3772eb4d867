import * as z from "zod/mini";

/*
 * Mandatory MFA with a deadline (issue 14). The shape only: which numbers are a period
 * (7, 14, 30) and which dates may be chosen is the domain's rule (lib/company/mfa-deadline.ts),
 * so a script posting 5 days gets the same clear error as the form would.
 */

/** The policy switch with its period; no `graceDays` (or null) is "direct", as before the deadline existed. */
export const policyChoiceSchema = z.object({
  required: z.boolean(),
  graceDays: z.optional(z.nullable(z.number().check(z.int()))),
});

/** Moving the deadline: days from now, a date (YYYY-MM-DD), or immediately. */
export const deadlineChoiceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("days"), days: z.number().check(z.int()) }),
  z.object({ kind: z.literal("date"), date: z.string().check(z.maxLength(10)) }),
  z.object({ kind: z.literal("immediate") }),
]);
