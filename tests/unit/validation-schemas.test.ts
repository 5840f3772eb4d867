import { describe, expect, it } from "vitest";
import type { z } from "zod/mini";
import { changePasswordInput, changePasswordSchema } from "@/lib/validation/auth";
import { noInput } from "@/lib/validation/common";
import {
  confirmSetupInput,
  confirmSetupSchema,
  secondStepInput,
  verifyCodeSchema,
  verifyRecoverySchema,
} from "@/lib/validation/mfa";
import { resetPasswordInput, resetPasswordSchema } from "@/lib/validation/recovery";

/*
 * Where an action validates with a laxer variant of its form's schema (lib/validation), the
 * variant must still take everything the form sends: the form's output, after its transforms.
 */
type Pair = { name: string; form: z.ZodMiniType; server: z.ZodMiniType; valid: unknown };

const LONG_PASSWORD = "paard batterij nietje correct";
const pairs: Pair[] = [
  { name: "second step, app code", form: verifyCodeSchema, server: secondStepInput, valid: { code: "123 456", callbackUrl: "/dashboard" } },
  { name: "second step, recovery code", form: verifyRecoverySchema, server: secondStepInput, valid: { code: "ABCD-EFGH-JKMN-PQRS" } },
  { name: "setup confirmation", form: confirmSetupSchema, server: confirmSetupInput, valid: { code: "123456", currentFactor: " 654321 ", password: "" } },
  ...[false, true].flatMap((mfaEnabled) => [
    {
      name: `change password (MFA ${mfaEnabled ? "on" : "off"})`,
      form: changePasswordSchema(mfaEnabled),
      server: changePasswordInput,
      valid: { currentPassword: "oud wachtwoord", newPassword: LONG_PASSWORD },
    },
    {
      name: `reset password (MFA ${mfaEnabled ? "on" : "off"})`,
      form: resetPasswordSchema(mfaEnabled),
      server: resetPasswordInput,
      valid: { token: "t0ken", password: LONG_PASSWORD },
    },
  ]),
];

describe("server schemas take what their form sends", () => {
  it.each(pairs)("$name", ({ form, server, valid }) => {
    const sent = form.safeParse(valid);
    expect(sent.success).toBe(true);
    expect(server.safeParse(sent.data).success).toBe(true);
  });
});

describe("where the server is laxer, it takes what the form refuses", () => {
  it.each(["12345", "1234567", "abc", "１２３４５６"])("a malformed code %j still reaches the second step", (code) => {
    expect(verifyCodeSchema.safeParse({ code }).success).toBe(false);
    expect(secondStepInput.safeParse({ code }).success).toBe(true);
  });

  it("a malformed setup code still reaches the enrolment, to count as an attempt", () => {
    expect(confirmSetupSchema.safeParse({ code: "12345" }).success).toBe(false);
    expect(confirmSetupInput.safeParse({ code: "12345" }).success).toBe(true);
  });

  it("a new password of 8 characters is left to the server, which knows the MFA state", () => {
    const input = { currentPassword: "oud wachtwoord", newPassword: "kort1234" };
    expect(changePasswordSchema(false).safeParse(input).success).toBe(false);
    expect(changePasswordSchema(true).safeParse(input).success).toBe(true);
    expect(changePasswordInput.safeParse(input).success).toBe(true);
    expect(resetPasswordSchema(false).safeParse({ token: "t", password: "kort1234" }).success).toBe(false);
    expect(resetPasswordInput.safeParse({ token: "t", password: "kort1234" }).success).toBe(true);
  });

  it("still caps the size and the type", () => {
    expect(secondStepInput.safeParse({ code: "9".repeat(65) }).success).toBe(false);
    expect(secondStepInput.safeParse({ code: 123456 }).success).toBe(false);
    expect(confirmSetupInput.safeParse({ code: "9".repeat(65) }).success).toBe(false);
    expect(changePasswordInput.safeParse({ currentPassword: "x", newPassword: "x".repeat(1025) }).success).toBe(false);
    expect(resetPasswordInput.safeParse({ token: "", password: LONG_PASSWORD }).success).toBe(false);
  });

  it("keeps the form's own field rules where it is not laxer", () => {
    const empty = changePasswordInput.safeParse({ currentPassword: "", newPassword: LONG_PASSWORD });
    expect(empty.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["currentPassword", "validation.passwordRequired"]]);
  });
});

describe("noInput", () => {
  it("takes an empty object and drops anything else", () => {
    expect(noInput.parse({})).toEqual({});
    expect(noInput.parse({ extra: 1 })).toEqual({});
    expect(noInput.safeParse(null).success).toBe(false);
  });
});
