import type { Messages } from "../index";

// E-mail copy. Placeholders are filled by lib/mail/templates/; every value is escaped there.
export const mail = {
  layout: {
    greeting: "Dear {name},",
    greetingWithoutName: "Hello,",
    linkFallback: "Button not working? Copy this link and paste it into your browser:",
    footer: "This is an automated message from {appName}. Replies to this e-mail are not read.",
  },
  notice: {
    ifYou: "Was this you? Then you don't need to do anything.",
    ifNotYou: "Wasn't this you? Change your password straight away and contact the owner of your account at once.",
  },
  welcome: {
    subject: "Welcome to {appName}",
    heading: "Welcome to {appName}",
    created: "Your account for {companyName} has been created. You are the owner of this account.",
    mfaTip:
      "We recommend turning on multi-factor authentication straight away under “Dashboard” > “My login” > “Turn on authenticator app”, and setting a backup e-mail address there as well.",
  },
  passwordChanged: {
    subject: "Your password has been changed",
    heading: "Your password has been changed",
    body: "The password of your {appName} account was changed on {when}.",
    ifNotYou:
      "Wasn't this you? Then ask for a new password straight away with “Forgot your password?” on the sign-in page, and contact the owner of your account at once.",
  },
  mfaEnabled: {
    subject: "Multi-factor authentication is on",
    heading: "Multi-factor authentication is on",
    body: "On {when}, multi-factor authentication with an authenticator app was turned on for your account. From now on we will ask for a verification code as well as your password when you sign in.",
    keepCodes: "Keep your recovery codes somewhere safe. They let you in even if you lose your phone.",
  },
  mfaDisabled: {
    subject: "Multi-factor authentication is off",
    heading: "Multi-factor authentication is off",
    body: "On {when}, multi-factor authentication was turned off for your account. Signing in now only needs your password.",
  },
  authenticatorReplaced: {
    subject: "Your authenticator app has been replaced",
    heading: "Your authenticator app has been replaced",
    body: "On {when}, a new authenticator app was linked to your account. Codes from the previous app no longer work.",
  },
  recoveryCodesRegenerated: {
    subject: "New recovery codes have been created",
    heading: "New recovery codes created",
    body: "On {when}, new recovery codes were created for your account. The previous recovery codes are no longer valid.",
  },
  recoveryCodeUsed: {
    subject: "A recovery code has been used",
    heading: "A recovery code has been used",
    body: "On {when}, a recovery code was used to sign in to your account. Each recovery code works only once.",
    remainingNone:
      "You have no recovery codes left. Create new ones under “Dashboard” > “My login”, so you always have a spare.",
    remainingOne: "You have 1 recovery code left. Create new ones under “Dashboard” > “My login”.",
    remainingMany: "You have {remaining} recovery codes left.",
  },
  deviceRemembered: {
    subject: "A computer will be remembered for 30 days",
    heading: "A computer will be remembered for 30 days",
    body: "On {when}, someone signing in to your account chose to remember {device}. Until {until}, only your password is asked there, not the code from your authenticator app.",
    manage: "Under “My login” you can see which computers are remembered, and forget one.",
  },
  secondFactorLocked: {
    subject: "Signing in with a verification code is temporarily blocked",
    heading: "Verification codes temporarily blocked",
    body: "On {when}, a wrong verification code was entered too often while signing in to your account. To protect your account, we will not accept verification codes until {until}.",
    alternatives:
      "In the meantime you can still sign in with a recovery code or with a sign-in link to your backup e-mail address.",
    ifNotYou:
      "Wasn't this you? Then someone else may know your password. Change your password straight away and contact the owner of your account at once.",
  },
  invitation: {
    subject: "{inviterName} invites you to {companyName}",
    heading: "You have been invited",
    body: "{inviterName} has invited you to use {appName} as an employee of {companyName}.",
    next: "Use the button below to choose your password and activate your account.",
    expires: "This invitation is valid until {expiresAt}.",
    ignore: "Weren't expecting this invitation? Then you can ignore this e-mail.",
    action: "Accept invitation",
  },
  mfaReminder: {
    subject: "Reminder: set up multi-factor authentication",
    heading: "Set up multi-factor authentication",
    body: "{companyName} asks you to set up multi-factor authentication for your account.",
    how: "You need an authenticator app on your smartphone for this, such as Google Authenticator, Microsoft Authenticator or Authy. Setting it up takes a few minutes.",
    action: "Set it up now",
  },
  employeeCodesGuessed: {
    subject: "Too many wrong verification codes for {employeeName}",
    heading: "Wrong verification codes for an employee",
    body: "On {when}, a wrong verification code was entered too often while signing in to the account of {employeeName} ({employeeEmail}). Until {until}, no verification codes are accepted for this account.",
    meaning:
      "Whoever is doing this knows the password of this account. Recovery codes, the sign-in link and a reset by you keep working.",
    next: "Wasn't this your employee? Then ask them to change their password straight away.",
  },
  ownerAlert: {
    recoveryCode: {
      subject: "{employeeName} signed in with a recovery code",
      heading: "Employee signed in with a recovery code",
      body: "On {when}, {employeeName} ({employeeEmail}) signed in with a recovery code instead of the authenticator app.",
    },
    loginLink: {
      subject: "{employeeName} signed in with the sign-in link",
      heading: "Employee signed in with the sign-in link",
      body: "On {when}, {employeeName} ({employeeEmail}) signed in with the sign-in link sent to their backup e-mail address.",
    },
    mfaDisabled: {
      subject: "{employeeName} turned off multi-factor authentication",
      heading: "Multi-factor authentication turned off by an employee",
      body: "On {when}, {employeeName} ({employeeEmail}) turned off multi-factor authentication for their account.",
    },
    authenticatorReplaced: {
      subject: "{employeeName} set up a new authenticator app",
      heading: "Authenticator app replaced by an employee",
      body: "On {when}, {employeeName} ({employeeEmail}) replaced their authenticator app with a new one.",
    },
    fromIp: "This happened from IP address {ipAddress}.",
    unknownIp: "The IP address of this is not known.",
    next: "Wasn't this your employee? Then ask them to change their password straight away, or reset their multi-factor authentication on the Employees page.",
    manage: "You can switch these alerts off per kind on the Employees page.",
  },
  askOwner: {
    subject: "{employeeName} asks you to reset their multi-factor authentication",
    heading: "An employee cannot sign in",
    body: "{employeeName} ({employeeEmail}) has no access to the authenticator app, no recovery codes and no backup email address, and asks you to reset their multi-factor authentication.",
    check: "First contact your employee, for example by phone, to make sure the request really comes from them. Then reset on the Employees page with your own verification code.",
    notYou: "Did your employee not ask for this? Then do not reset anything and ask them to change their password.",
    action: "Go to Employees",
  },
  mfaResetByOwner: {
    subject: "Your multi-factor authentication has been reset",
    heading: "Your multi-factor authentication has been reset",
    body: "{ownerName}, the owner of your account, reset the multi-factor authentication of your account on {when}. You have therefore been signed out on all your devices.",
    next: "The next time you sign in, you will set up an authenticator app again.",
    questions: "Weren't expecting this? Then contact {ownerName} straight away.",
  },
  mfaPolicyChanged: {
    enabledSubject: "Multi-factor authentication is now mandatory",
    enabledHeading: "Multi-factor authentication is now mandatory",
    enabledBody:
      "The owner of your account has made multi-factor authentication mandatory for all employees. Not set it up yet? Then we will ask you to set up an authenticator app the next time you sign in.",
    disabledSubject: "Multi-factor authentication is no longer mandatory",
    disabledHeading: "Multi-factor authentication is no longer mandatory",
    disabledBody:
      "The owner of your account no longer requires multi-factor authentication. Already turned it on? Then it simply stays on, and we recommend keeping it that way.",
  },
  backupEmailConfirm: {
    subject: "Confirm your backup e-mail address",
    heading: "Confirm your backup e-mail address",
    body: "This e-mail address was given as the backup e-mail address for a {appName} account. A sign-in link can only be sent to it after you confirm.",
    ignore: "Didn't ask for this? Then you can ignore this e-mail; the address will not be used.",
    action: "Confirm e-mail address",
  },
  backupEmailChanged: {
    subject: "Your backup e-mail address has been changed",
    heading: "Your backup e-mail address has been changed",
    body: "On {when}, the backup e-mail address of your {appName} account was changed to {newAddress}.",
  },
  backupEmailRemoved: {
    subject: "Your backup e-mail address has been removed",
    heading: "Your backup e-mail address has been removed",
    body: "On {when}, the backup e-mail address of your {appName} account was removed. A sign-in link can no longer be sent to a backup address.",
  },
  backupLoginLink: {
    subject: "Your sign-in link for {appName}",
    heading: "Sign in with a sign-in link",
    body: "You asked to sign in with a sign-in link because you cannot get to your authenticator app.",
    rules: "This link is valid for {minutes} minutes, works once, and only in the browser where you asked for it.",
    ifNotYou:
      "Didn't ask for this? Then don't use the link. Someone else may know your password: change it straight away and contact the owner of your account.",
    action: "Sign in",
  },
  backupLoginUsed: {
    subject: "Someone signed in with a sign-in link",
    heading: "Someone signed in with a sign-in link",
    body: "On {when}, your account was signed in to with a sign-in link sent to your backup e-mail address. The owner of your account also sees this in the activity overview.",
  },
  passwordReset: {
    subject: "Set a new password",
    heading: "Set a new password",
    body: "We received a request to set a new password for your {appName} account.",
    rules: "This link is valid for {minutes} minutes and works once.",
    mfa: "Have you turned on multi-factor authentication? Then we will also ask for your verification code when you sign in afterwards.",
    ignore: "Didn't ask for this? Then you can ignore this e-mail; your password stays the same.",
    action: "Set a new password",
  },
  outbox: {
    title: "Outbox (development)",
    intro: "Mail that was not really sent because MAIL_TRANSPORT=outbox. This page only exists in development.",
    newest: "The newest {count} messages",
    empty: "There is no mail in the outbox yet.",
    filterLabel: "Recipient",
    filterPlaceholder: "name@example.com",
    filterSubmit: "Filter",
    filterClear: "Show all",
    to: "To",
    subject: "Subject",
    sentAt: "Time",
    selectHint: "Choose a message to read it.",
    notFound: "This message is not (or no longer) in the outbox.",
    links: "Links in this message",
    noLinks: "This message contains no links.",
    htmlPart: "HTML version",
    textPart: "Text version",
    htmlFrameTitle: "HTML version of the message",
  },
} satisfies Messages["mail"];
