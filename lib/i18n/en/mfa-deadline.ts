import type { Messages } from "../index";

export const mfaDeadline = {
  choose: {
    legend: "By when must it be set up?",
    direct: "Immediately",
    directHint: "Employees without an authenticator app cannot continue until they have set it up.",
    days: "Within {days} days",
    daysHint: "Until then, employees without an authenticator app see a notice and get e-mail reminders (7, 3 and 1 day before). After that it is required.",
  },
  current: {
    direct: "Employees without an authenticator app must set it up straight away.",
    until: "Employees without an authenticator app can keep working until {date}. After that they must set it up first.",
    joiners: "People who join later get {days} days from their first sign-in.",
    withoutMfa: "{count} of your employees have not set up an authenticator app yet.",
  },
  move: {
    title: "Change the deadline",
    legend: "New deadline",
    days: "{days} days from now",
    date: "Until a date",
    dateLabel: "Date (up to and including)",
    submit: "Save deadline",
    pending: "Saving…",
    saved: "The deadline has been changed.",
    immediate: "Require it immediately",
    immediateConfirm: "Yes, require it immediately",
    immediateWarning: "Employees without an authenticator app then cannot continue until they have set it up, including people who join later.",
    immediatePending: "Working…",
    immediateDone: "Multi-factor authentication is now required for employees immediately.",
  },
  banner: {
    label: "Set up multi-factor authentication",
    text: "Your organisation asks you to set up multi-factor authentication. You have {days} days left, until {date}.",
    textOne: "Your organisation asks you to set up multi-factor authentication. You have 1 day left, until {date}.",
    action: "Set up now",
  },
  status: {
    dueIn: "Due in {days} days",
    dueInOne: "Due in 1 day",
    overdue: "Overdue (required now)",
  },
  errors: {
    period: "Choose immediately, 7, 14 or 30 days.",
    date: "Choose a date from tomorrow and at most 90 days ahead.",
    policyOff: "Multi-factor authentication is not required, so there is no deadline to change.",
  },
  mail: {
    subject: "{days} days left to set up multi-factor authentication",
    subjectOne: "1 day left to set up multi-factor authentication",
    heading: "Set up multi-factor authentication",
    body: "{companyName} asks you to set up multi-factor authentication for your account. You can do so until {deadline}; after that you can only continue once it is set up.",
    how: "You need an authenticator app on your smartphone, for example Google Authenticator, Microsoft Authenticator or Authy. Setting it up takes a few minutes.",
    action: "Set up now",
  },
} satisfies Messages["mfaDeadline"];
