import { format, messages, type Locale } from "@/lib/i18n";
import { compose, greeting, securityNotice, withApp, type MailContent, type NoticeInput } from "./compose";

// The account itself: creation, password, backup address.

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

export function passwordChangedMail(input: NoticeInput): MailContent {
  return securityNotice(input, (copy) => copy.mail.passwordChanged);
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
