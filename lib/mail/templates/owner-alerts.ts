import { format, messages, type Messages } from "@/lib/i18n";
import { compose, greeting, mailDate, withApp, type MailContent, type NoticeInput } from "./compose";

/**
 * To the owner, about something an employee did (issue 14, "Owner alerts"). It names the
 * employee, what happened, when and from which IP address — never a code or a link, so a
 * forwarded alert gives nobody a way in. The lock alert is employeeCodesGuessedMail.
 */
export type OwnerAlertEvent = "recoveryCode" | "loginLink" | "mfaDisabled" | "authenticatorReplaced";

export type OwnerAlertInput = NoticeInput & { employeeName: string; employeeEmail: string; ipAddress: string | null };

/** "Dit gebeurde vanaf IP-adres …": every owner alert, the lock alert too, says from where. */
export function ownerAlertIp(copy: Messages, ipAddress: string | null): string {
  const m = copy.mail.ownerAlert;
  return ipAddress ? format(m.fromIp, { ipAddress }) : m.unknownIp;
}

export function ownerAlertMail(input: OwnerAlertInput & { event: OwnerAlertEvent }): MailContent {
  const copy = messages(input.locale);
  const alert = copy.mail.ownerAlert;
  const m = alert[input.event];
  const v = withApp(copy, {
    when: mailDate(input.when ?? new Date(), input.locale),
    employeeName: input.employeeName,
    employeeEmail: input.employeeEmail,
  });
  return compose(input.locale, {
    subject: format(m.subject, v),
    heading: m.heading,
    paragraphs: [greeting(copy, input.name), format(m.body, v), ownerAlertIp(copy, input.ipAddress), alert.next, alert.manage],
  });
}
