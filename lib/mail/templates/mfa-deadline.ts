import { format, messages, type Locale } from "@/lib/i18n";
import { compose, greeting, mailDate, type MailContent } from "./compose";

/** Mandatory MFA with a deadline (issue 14): the reminder 7, 3 and 1 day(s) before it. */
export function mfaDeadlineReminderMail(input: {
  locale: Locale;
  name?: string | null;
  companyName: string;
  daysLeft: number;
  deadline: Date;
  url: string;
}): MailContent {
  const copy = messages(input.locale);
  const m = copy.mfaDeadline.mail;
  const v = { days: input.daysLeft, companyName: input.companyName, deadline: mailDate(input.deadline, input.locale) };
  return compose(input.locale, {
    subject: format(input.daysLeft === 1 ? m.subjectOne : m.subject, v),
    heading: m.heading,
    paragraphs: [greeting(copy, input.name), format(m.body, v), m.how],
    action: { label: m.action, url: input.url },
  });
}
