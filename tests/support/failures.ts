import { expect } from "vitest";
import { ActionFailure } from "@/lib/errors/action-failure";
import { rejectionOf } from "./db-helpers";

/** The ActionFailure a promise rejected with; any other outcome fails the test. */
export async function failureOf(promise: Promise<unknown>): Promise<ActionFailure> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(ActionFailure);
  if (!(error instanceof ActionFailure)) throw error;
  return error;
}
