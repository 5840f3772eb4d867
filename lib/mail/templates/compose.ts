import { formatDateTime } from "@/lib/i18n/dates";
import { format, messages, type Locale, type Messages } from "@/lib/i18n";
import { renderMail, type MailAction } from "../layout";

/**
 * One function per mail, grouped by area in this folder. Each returns what sendMail needs
 * besides the recipient: `sendMail({ to, ...passwordResetMail({ locale, url, expiresMinutes: 30 }) })`.
 * Values are plain text; renderMail escapes them for the HTML part.
 */
export type MailContent = { subject: string; html: string; text: string };

export type Values = Record<string, string | number>;

export function compose(
  locale: Locale,
  parts: { subject: string; heading: string; paragraphs: string[]; action?: MailAction },
): MailContent {
  // Subjects are a single header line; a name with a line break must not break it.
  const subject = parts.subject.replace(/\s+/g, " ").trim();
  return { subject, ...renderMail({ locale, heading: parts.heading, paragraphs: parts.paragraphs, action: parts.action }) };
}

export function greeting(copy: Messages, name: string | null | undefined): string {
  const trimmed = name?.trim();
  return trimmed ? format(copy.mail.layout.greeting, { name: trimmed }) : copy.mail.layout.greetingWithoutName;
}

export function withApp(copy: Messages, values: Values = {}): Values {
  return { appName: copy.common.appName, ...values };
}

/** Mails are read later and elsewhere, so times spell out their date (in the company's time zone). */
export function mailDate(date: Date, locale: Locale): string {
  return formatDateTime(date, locale, "long");
}

export type NoticeInput = { locale: Locale; name?: string | null; when?: Date };

/** What happened and when, then what to do if it was not the reader. */
export function securityNotice(
  input: NoticeInput,
  pick: (copy: Messages) => { subject: string; heading: string; body: string; ifNotYou?: string },
  extra: (copy: Messages) => string[] = () => [],
  values: Values = {},
): MailContent {
  const copy = messages(input.locale);
  const m = pick(copy);
  const v = withApp(copy, { when: mailDate(input.when ?? new Date(), input.locale), ...values });
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
