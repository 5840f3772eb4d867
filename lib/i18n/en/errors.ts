import type { Messages } from "../index";

// Messages for typed error codes: the server returns a code, the form shows this text.
export const errors = {
  generic: "Something went wrong. Please try again.",
  invalidInput: "Please check the highlighted fields.",
  unauthorized: "You are not (or no longer) signed in. Please sign in again.",
  forbidden: "You do not have access to this action.",
  forbiddenTitle: "No access",
  forbiddenText: "This page is only for the owner of the account.",
  notFoundTitle: "Page not found",
  notFoundText: "This page does not exist (any more). Check the address or go back to the dashboard.",
  crashTitle: "Something went wrong",
  crashText: "Something went wrong on our side. Your details have not been changed. Please try again.",
  retry: "Try again",
  toDashboard: "Go to the dashboard",
  enrolmentRequired: "Set up the authenticator app first to continue.",
  tooManyAttempts: "Too many attempts. Try again in {minutes} minutes.",
  mailFailed: "The e-mail could not be sent. Nothing has been saved. Please try again in a few minutes.",
  unavailable: "The service cannot be reached right now. Nothing has been saved; please try again shortly.",
  unavailableTitle: "Temporarily unavailable",
} satisfies Messages["errors"];
