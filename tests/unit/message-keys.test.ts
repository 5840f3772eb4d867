import { describe, expect, it } from "vitest";
import { ActionFailure, fail } from "@/lib/errors/action-failure";
import { nl } from "@/lib/i18n/nl";

/*
 * The compile-time half of this file is the @ts-expect-error below: `npx tsc --noEmit`
 * (which includes tests/) fails if fail() ever accepts a key that no catalogue has,
 * because the directive would then be unused. The function is never called.
 */
function keysTheCompilerRefuses(): void {
  // @ts-expect-error -- not a catalogue key
  fail("errors.noSuchKey");
  // @ts-expect-error -- a namespace, not a message
  fail("errors");
  // @ts-expect-error -- field errors are catalogue keys too
  fail("errors.invalidInput", undefined, { email: "validation.noSuchKey" });
}

describe("fail", () => {
  it("throws an ActionFailure carrying the catalogue key and its values", () => {
    expect(nl.errors.tooManyAttempts).toEqual(expect.any(String));
    let thrown: unknown;
    try {
      fail("errors.tooManyAttempts", { minutes: 15 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ActionFailure);
    expect(thrown).toMatchObject({ key: "errors.tooManyAttempts", values: { minutes: 15 } });
  });
});
