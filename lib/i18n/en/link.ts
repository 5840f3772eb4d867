import type { Messages } from "../index";

export const link = {
  offerTitle: "Can't get to your phone?",
  offerText: "We will send a sign-in link to your backup e-mail address. The link works once, for 10 minutes, and only in this browser.",
  send: "Send a sign-in link to {address}",
  sending: "Sending…",
  sent: "We have sent a sign-in link to {address}. Open the e-mail in this browser and click the link. Nothing arrived? Check your spam folder or ask for a new link in a minute; the previous one then stops working.",
  noBackup: "You have no confirmed backup e-mail address. Use a recovery code, or ask the owner of your account to reset your multi-factor authentication.",
  throttled: "You have asked for a sign-in link too often. Try again in {minutes} minutes.",
  sendFailed: "The e-mail could not be sent. Please try again in a few minutes.",
  confirmTitle: "Sign in with the sign-in link",
  confirmText: "Click the button to sign in to Tweestap.",
  confirm: "Continue signing in",
  noChallenge: "This link only works in the browser where you entered your password, and only once. Sign in again and ask for a new link if you need one.",
  invalid: "This sign-in link is no longer valid: it has been used, is older than 10 minutes, or a newer one was requested. Sign in again and ask for a new link.",
  crossSite: "This request did not come from this website and was ignored.",
  toLogin: "Go to sign in",
  loginError: "Signing in with the link did not work. The link has been used, has expired, or was opened in another browser. Please sign in again.",
} satisfies Messages["link"];
