import { format, messages, type Locale } from "@/lib/i18n";
import { compose, greeting, mailDate, withApp, type MailContent, type NoticeInput } from "./compose";

// Mails that follow from what the owner does for the company: invitations, reminders, resets, policy.

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
    expiresAt: mailDate(input.expiresAt, input.locale),
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
  const v = { ownerName: input.ownerName, when: mailDate(input.when ?? new Date(), input.locale) };
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
