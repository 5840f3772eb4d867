import { format, messages, type Locale, type Messages } from "@/lib/i18n";
import { formatMailDate, renderMail, type MailAction } from "./layout";

/**
 * One function per mail. Each returns what sendMail needs besides the recipient:
 * `sendMail({ to, ...passwordResetMail({ locale, url, expiresMinutes: 30 }) })`.
 * Values are plain text; renderMail escapes them for the HTML part.
 */
export type MailContent = { subject: string; html: string; text: string };

type Values = Record<string, string | number>;

function compose(
  locale: Locale,
  parts: { subject: string; heading: string; paragraphs: string[]; action?: MailAction },
): MailContent {
  // Subjects are a single header line; a name with a line break must not break it.
  const subject = parts.subject.replace(/\s+/g, " ").trim();
  return { subject, ...renderMail({ locale, heading: parts.heading, paragraphs: parts.paragraphs, action: parts.action }) };
}

function greeting(copy: Messages, name: string | null | undefined): string {
  const trimmed = name?.trim();
  return trimmed ? format(copy.mail.layout.greeting, { name: trimmed }) : copy.mail.layout.greetingWithoutName;
}

function withApp(copy: Messages, values: Values = {}): Values {
  return { appName: copy.common.appName, ...values };
}

// ---- Account ----

export function welcomeMail(input: { locale: Locale; name?: string | null; companyName: string }): MailContent {
  const copy = messages(input.locale);
  const m = copy.mail.welcome;
  const v = withApp(copy, { companyName: input.companyName });
  return compose(input.locale, {
    subject: format(m.subject, v),
    heading: format(m.heading, v),
    paragraphs: [greeting(copy, input.name), format(m.created, v), m.mfaTip],
  });
}

type NoticeInput = { locale: Locale; name?: string | null; when?: Date };

/** What happened and when, then what to do if it was not the reader. */
function securityNotice(
  input: NoticeInput,
  pick: (copy: Messages) => { subject: string; heading: string; body: string; ifNotYou?: string },
  extra: (copy: Messages) => string[] = () => [],
  values: Values = {},
): MailContent {
  const copy = messages(input.locale);
  const m = pick(copy);
  const v = withApp(copy, { when: formatMailDate(input.when ?? new Date(), input.locale), ...values });
  return compose(input.locale, {
    subject: format(m.subject, v),
    heading: format(m.heading, v),
    paragraphs: [
      greeting(copy, input.name),
      format(m.body, v),
      ...extra(copy).map((text) => format(text, v)),
      copy.mail.notice.ifYou,
      m.ifNotYou ?? copy.mail.notice.ifNotYou,
    ],
  });
}

export function passwordChangedMail(input: NoticeInput): MailContent {
  return securityNotice(input, (copy) => copy.mail.passwordChanged);
}

// ---- Second factor ----

export function mfaEnabledMail(input: NoticeInput): MailContent {
  return securityNotice(input, (copy) => copy.mail.mfaEnabled, (copy) => [copy.mail.mfaEnabled.keepCodes]);
}

export function mfaDisabledMail(input: NoticeInput): MailContent {
  return securityNotice(input, (copy) => copy.mail.mfaDisabled);
}

export function authenticatorReplacedMail(input: NoticeInput): MailContent {
  return securityNotice(input, (copy) => copy.mail.authenticatorReplaced);
}

export function recoveryCodesRegeneratedMail(input: NoticeInput): MailContent {
  return securityNotice(input, (copy) => copy.mail.recoveryCodesRegenerated);
}

export function recoveryCodeUsedMail(input: NoticeInput & { remaining: number }): MailContent {
  const remaining = (copy: Messages): string => {
    const m = copy.mail.recoveryCodeUsed;
    if (input.remaining <= 0) return m.remainingNone;
    return input.remaining === 1 ? m.remainingOne : m.remainingMany;
  };
  return securityNotice(input, (copy) => copy.mail.recoveryCodeUsed, (copy) => [remaining(copy)], {
    remaining: input.remaining,
  });
}

export function secondFactorLockedMail(input: NoticeInput & { until: Date }): MailContent {
  return securityNotice(
    input,
    (copy) => copy.mail.secondFactorLocked,
    (copy) => [copy.mail.secondFactorLocked.alternatives],
    { until: formatMailDate(input.until, input.locale) },
  );
}

// ---- Company ----

export function invitationMail(input: {
  locale: Locale;
  companyName: string;
  inviterName: string;
  url: string;
  expiresAt: Date;
}): MailContent {
  const copy = messages(input.locale);
  const m = copy.mail.invitation;
  const v = withApp(copy, {
    companyName: input.companyName,
    inviterName: input.inviterName,
    expiresAt: formatMailDate(input.expiresAt, input.locale),
  });
  return compose(input.locale, {
    subject: format(m.subject, v),
    heading: m.heading,
    paragraphs: [format(m.body, v), m.next, format(m.expires, v), m.ignore],
    action: { label: m.action, url: input.url },
  });
}

export function mfaReminderMail(input: { locale: Locale; name?: string | null; companyName: string; url: string }): MailContent {
  const copy = messages(input.locale);
  const m = copy.mail.mfaReminder;
  return compose(input.locale, {
    subject: m.subject,
    heading: m.heading,
    paragraphs: [greeting(copy, input.name), format(m.body, { companyName: input.companyName }), m.how],
    action: { label: m.action, url: input.url },
  });
}

export function mfaResetByOwnerMail(input: NoticeInput & { ownerName: string }): MailContent {
  const copy = messages(input.locale);
  const m = copy.mail.mfaResetByOwner;
  const v = { ownerName: input.ownerName, when: formatMailDate(input.when ?? new Date(), input.locale) };
  return compose(input.locale, {
    subject: m.subject,
    heading: m.heading,
    paragraphs: [greeting(copy, input.name), format(m.body, v), m.next, format(m.questions, v)],
  });
}

export function mfaPolicyChangedMail(input: { locale: Locale; name?: string | null; enabled: boolean }): MailContent {
  const copy = messages(input.locale);
  const m = copy.mail.mfaPolicyChanged;
  return compose(input.locale, {
    subject: input.enabled ? m.enabledSubject : m.disabledSubject,
    heading: input.enabled ? m.enabledHeading : m.disabledHeading,
    paragraphs: [greeting(copy, input.name), input.enabled ? m.enabledBody : m.disabledBody],
  });
}

// ---- Backup e-mail and password ----

export function backupEmailConfirmMail(input: { locale: Locale; url: string }): MailContent {
  const copy = messages(input.locale);
  const m = copy.mail.backupEmailConfirm;
  return compose(input.locale, {
    subject: m.subject,
    heading: m.heading,
    paragraphs: [format(m.body, withApp(copy)), m.ignore],
    action: { label: m.action, url: input.url },
  });
}

export function backupEmailChangedMail(input: NoticeInput & { newAddressMasked: string }): MailContent {
  return securityNotice(input, (copy) => copy.mail.backupEmailChanged, undefined, {
    newAddress: input.newAddressMasked,
  });
}

export function backupEmailRemovedMail(input: NoticeInput): MailContent {
  return securityNotice(input, (copy) => copy.mail.backupEmailRemoved);
}

export function backupLoginLinkMail(input: { locale: Locale; url: string; expiresMinutes: number }): MailContent {
  const copy = messages(input.locale);
  const m = copy.mail.backupLoginLink;
  return compose(input.locale, {
    subject: format(m.subject, withApp(copy)),
    heading: m.heading,
    paragraphs: [m.body, format(m.rules, { minutes: input.expiresMinutes }), m.ifNotYou],
    action: { label: m.action, url: input.url },
  });
}

export function backupLoginUsedMail(input: NoticeInput): MailContent {
  return securityNotice(input, (copy) => copy.mail.backupLoginUsed);
}

export function passwordResetMail(input: { locale: Locale; url: string; expiresMinutes: number }): MailContent {
  const copy = messages(input.locale);
  const m = copy.mail.passwordReset;
  return compose(input.locale, {
    subject: m.subject,
    heading: m.heading,
    paragraphs: [format(m.body, withApp(copy)), format(m.rules, { minutes: input.expiresMinutes }), m.mfa, m.ignore],
    action: { label: m.action, url: input.url },
  });
}
