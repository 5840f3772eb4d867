import { format, messages, type Locale } from "@/lib/i18n";
import { compose, securityNotice, withApp, type MailContent, type NoticeInput } from "./compose";

// The login link to the backup address, and the notice that it was used.

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
