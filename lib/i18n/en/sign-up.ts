import type { Messages } from "../index";

// Sign-up is e-mail first: the page says the same for every address, the mail says what
// happens next (a confirmation link, or that an account already exists).
export const signUp = {
  checkEmail: {
    title: "Check your e-mail",
    text: "We have sent an e-mail to {email}. Open the link in that e-mail to activate your account. The link is valid for 24 hours.",
    noMail: "No e-mail? Check your junk mail folder too, or fill in the form again.",
    again: "Fill in again",
  },
  confirm: {
    title: "Activate account",
    intro: "Activate the {companyName} account for {email}. You will be the owner of this account and signed in straight away.",
    submit: "Activate account",
    pending: "Activating your account…",
    invalid: "This link is invalid, has expired or has already been used.",
    taken: "An account with this e-mail address now already exists. Sign in with that account.",
    registerAgain: "Create an account again",
  },
  mail: {
    confirm: {
      subject: "Activate your {appName} account",
      heading: "Activate your account",
      body: "Welcome to {appName}! Open the link below to activate the {companyName} account.",
      rules: "This link is valid for 24 hours and works once.",
      ignore: "Didn't create an account? Then you can ignore this e-mail; nothing will happen.",
      action: "Activate account",
    },
    exists: {
      subject: "You already have a {appName} account",
      heading: "You already have an account",
      body: "Someone tried to create a new {appName} account with this e-mail address. An account with this address already exists, so nothing has changed.",
      reset: "Forgot your password? Set a new one at {resetUrl}",
      ignore: "Wasn't this you? Then you can ignore this e-mail.",
      action: "Sign in",
    },
    invitedWithAccount: {
      subject: "{inviterName} invites you to {companyName}",
      heading: "Invitation to {companyName}",
      body: "{inviterName} has invited you to sign in as an employee of {companyName} through {appName}.",
      existing:
        "A {appName} account already exists with this e-mail address, and an e-mail address belongs to one company. Want to work for {companyName}? Then ask {inviterName} to invite you at another e-mail address.",
      ignore: "Weren't expecting this invitation? Then you can ignore this e-mail.",
    },
  },
} satisfies Messages["signUp"];
