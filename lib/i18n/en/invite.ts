import type { Messages } from "../index";

export const invite = {
  title: "Accept invitation",
  intro: "{company} has invited you. Choose your name and a password to create your account for {email}.",
  name: "Your name",
  password: "Password",
  submit: "Create account",
  pending: "Creating your account…",
  invalid: "This invitation is not (or no longer) valid. Ask the owner of your company for a new invitation.",
  emailTaken: "An account with this e-mail address already exists. Sign in with that account.",
  toLogin: "Go to sign in",
} satisfies Messages["invite"];
