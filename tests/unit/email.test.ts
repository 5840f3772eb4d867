import { describe, expect, it } from "vitest";
import { emailField, isAcceptableEmail, normalizeEmail } from "@/lib/validation/email";

function issueMessages(input: unknown): string[] {
  const result = emailField.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

function accepted(input: string): string {
  const result = emailField.safeParse(input);
  expect(result.success, `${JSON.stringify(input)} should be accepted`).toBe(true);
  return result.success ? result.data : "";
}

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Jan.Jansen@Example.NL \n")).toBe("jan.jansen@example.nl");
    expect(normalizeEmail("\tOWNER@BEDRIJF.NL\t")).toBe("owner@bedrijf.nl");
  });

  it("makes two spellings of one address equal", () => {
    expect(normalizeEmail(" Ada@Example.nl")).toBe(normalizeEmail("ada@example.NL "));
  });
});

describe("emailField", () => {
  it.each([
    "jan@example.nl",
    "jan.jansen@bedrijf.nl",
    "jan+tweestap@sub.bedrijf.co.uk",
    "o'brien@example.ie",
    "a_b-c@my-company.example",
    "123@456.nl",
  ])("accepts %j", (input) => {
    expect(accepted(input)).toBe(input);
  });

  it("returns the normalised address", () => {
    expect(accepted("  Jan.Jansen@Example.NL  ")).toBe("jan.jansen@example.nl");
  });

  it.each([
    ['"a b"@x.nl', "quoted local part"],
    ['"a@b"@x.nl', "quoted local part with @"],
    ["a＠b.nl", "full-width at sign"],
    ["a﹫b.nl", "small commercial at"],
    ["jаn@example.nl", "Cyrillic а in the local part"],
    ["jan@exаmple.nl", "Cyrillic а in the domain"],
    ["jan@exämple.nl", "non-ASCII domain"],
    ["jan@localhost", "no dot in the domain"],
    ["jan@example", "no dot in the domain"],
    ["jan@", "no domain"],
    ["@example.nl", "no local part"],
    ["jan", "no at sign"],
    ["jan@@example.nl", "double at sign"],
    ["jan@example..nl", "empty domain label"],
    ["jan@-example.nl", "label starting with a hyphen"],
    ["jan@example.nl.", "trailing dot"],
    ["jan @example.nl", "space inside"],
    ["jan@exa mple.nl", "space in the domain"],
    ["jan@example.nl\u0000", "NUL byte"],
    ["jan@example.nl\nBcc: x@evil.example", "header injection"],
    ["jan@[127.0.0.1]", "address literal"],
  ])("refuses %j (%s) with validation.emailInvalid", (input) => {
    expect(issueMessages(input)).toEqual(["validation.emailInvalid"]);
  });

  it("refuses addresses longer than 254 characters and accepts 254", () => {
    const domain = `${"d".repeat(60)}.${"e".repeat(60)}.${"f".repeat(60)}.nl`; // 186 characters
    const at254 = `${"a".repeat(254 - domain.length - 1)}@${domain}`;
    expect(at254).toHaveLength(254);
    expect(accepted(at254)).toBe(at254);

    const at255 = `a${at254}`;
    expect(at255).toHaveLength(255);
    expect(issueMessages(at255)).toEqual(["validation.emailInvalid"]);
    expect(isAcceptableEmail(at255)).toBe(false);
    expect(issueMessages(`${"a".repeat(300)}@example.nl`)).toEqual(["validation.emailInvalid"]);
  });

  // The form shows the first issue of a field (lib/actions/safe-action.ts fieldErrorsOf, zodResolver).
  it.each(["", "   ", "\t\n"])("asks for an address when given %j (validation.emailRequired)", (input) => {
    const messages = issueMessages(input);
    expect(messages[0]).toBe("validation.emailRequired");
    for (const message of messages) expect(message).toMatch(/^validation\.email(Invalid|Required)$/);
  });

  it("refuses non-strings without throwing", () => {
    expect(emailField.safeParse(undefined).success).toBe(false);
    expect(emailField.safeParse(42).success).toBe(false);
    expect(emailField.safeParse(["jan@example.nl"]).success).toBe(false);
  });

  it("only ever reports catalogue keys, never English zod text", () => {
    const inputs = ["", "x", '"a b"@x.nl', "a＠b.nl", `${"a".repeat(300)}@x.nl`];
    for (const input of inputs) {
      for (const message of issueMessages(input)) {
        expect(message).toMatch(/^validation\.email(Invalid|Required)$/);
      }
    }
  });
});

describe("punycode domains", () => {
  it("refuses the punycode a browser makes of a look-alike domain, keeps ordinary ones", () => {
    expect(isAcceptableEmail("jan@xn--xml-6cdxe9e.xn--tst-rdd")).toBe(false);
    expect(isAcceptableEmail("jan@mail.xn--bcher-kva.example")).toBe(false);
    expect(isAcceptableEmail("xn--jan@example.nl")).toBe(true);
    expect(isAcceptableEmail("jan@xnx--example.nl")).toBe(true);
  });
});
