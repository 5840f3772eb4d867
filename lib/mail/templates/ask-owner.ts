import { format, messages } from "@/lib/i18n";
import { compose, greeting, withApp, type MailContent, type NoticeInput } from "./compose";
import { ownerAlertIp } from "./owner-alerts";

/**
 * To the owner: an employee asks for an MFA reset from the second login step (issue 14).
 * It links to Medewerkers only — no code or token — so a forwarded or spoofed request
 * gives nobody a way in: the reset there still needs the owner's own current code.
 */
export type AskOwnerInput = NoticeInput & { employeeName: string; employeeEmail: string; ipAddress: string | null; url: string };

export function askOwnerMail(input: AskOwnerInput): MailContent {
  const copy = messages(input.locale);
  const m = copy.mail.askOwner;
  const v = withApp(copy, { employeeName: input.employeeName, employeeEmail: input.employeeEmail });
  return compose(input.locale, {
    subject: format(m.subject, v),
    heading: m.heading,
    paragraphs: [greeting(copy, input.name), format(m.body, v), ownerAlertIp(copy, input.ipAddress), m.check, m.notYou],
    action: { label: m.action, url: input.url },
  });
}
