import { format, messages, type Locale } from "@/lib/i18n";
import { compose, withApp, type MailContent } from "./compose";

// E-mail-first sign-up: what the address gets after "Account aanmaken", and what an
// existing account holder gets when invited elsewhere.

export function registrationConfirmMail(input: { locale: Locale; companyName: string; url: string }): MailContent {
  const copy = messages(input.locale);
  const m = copy.signUp.mail.confirm;
  const v = withApp(copy, { companyName: input.companyName });
  return compose(input.locale, {
    subject: format(m.subject, v),
    heading: m.heading,
    paragraphs: [format(m.body, v), m.rules, m.ignore],
    action: { label: m.action, url: input.url },
  });
}

export function accountExistsMail(input: { locale: Locale; loginUrl: string; resetUrl: string }): MailContent {
  const copy = messages(input.locale);
  const m = copy.signUp.mail.exists;
  const v = withApp(copy, { resetUrl: input.resetUrl });
  return compose(input.locale, {
    subject: format(m.subject, v),
    heading: m.heading,
    paragraphs: [format(m.body, v), format(m.reset, v), m.ignore],
    action: { label: m.action, url: input.loginUrl },
  });
}

export function invitedWithAccountMail(input: { locale: Locale; companyName: string; inviterName: string }): MailContent {
  const copy = messages(input.locale);
  const m = copy.signUp.mail.invitedWithAccount;
  const v = withApp(copy, { companyName: input.companyName, inviterName: input.inviterName });
  return compose(input.locale, {
    subject: format(m.subject, v),
    heading: format(m.heading, v),
    paragraphs: [format(m.body, v), format(m.existing, v), m.ignore],
  });
}
