import type { Messages } from "../index";

export const reset = {
  forgotLink: "Forgot your password?",
  requestTitle: "Forgot your password",
  requestIntro: "Enter the e-mail address you sign in with. You will receive a link to set a new password.",
  email: "E-mail address",
  submit: "Send link",
  pending: "Sending…",
  requested: "If we know this e-mail address, you will receive an e-mail with a link within a few minutes. The link is valid for 30 minutes.",
  throttled: "You have asked for a link too often. Try again in {minutes} minutes.",
  title: "Set a new password",
  intro: "Choose a new password. You will then be signed out on all your devices; when you sign in, we will ask for your verification code again if you have set one up.",
  password: "New password",
  save: "Save password",
  saving: "Saving…",
  invalid: "This link is not (or no longer) valid. Ask for a new link.",
  requestNew: "Ask for a new link",
  done: "Your password has been changed. Sign in with your new password.",
  backToLogin: "Back to sign in",
} satisfies Messages["reset"];
