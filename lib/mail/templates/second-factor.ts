import { format, messages, type Messages } from "@/lib/i18n";
import { compose, greeting, mailDate, securityNotice, withApp, type MailContent, type NoticeInput } from "./compose";
import { ownerAlertIp } from "./owner-alerts";

// Changes to and use of the second factor: each is a security notice to the account holder.

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

/** "Deze computer 30 dagen onthouden" was ticked: from now on that browser skips the code. */
export function deviceRememberedMail(input: NoticeInput & { device: string; until: Date }): MailContent {
  return securityNotice(input, (copy) => copy.mail.deviceRemembered, (copy) => [copy.mail.deviceRemembered.manage], {
    device: input.device,
    until: mailDate(input.until, input.locale),
  });
}

export function secondFactorLockedMail(input: NoticeInput & { until: Date }): MailContent {
  return securityNotice(
    input,
    (copy) => copy.mail.secondFactorLocked,
    (copy) => [copy.mail.secondFactorLocked.alternatives],
    { until: mailDate(input.until, input.locale) },
  );
}

/** To the owner: someone who knows an employee's password is guessing their codes. */
export function employeeCodesGuessedMail(
  input: NoticeInput & { employeeName: string; employeeEmail: string; until: Date; ipAddress: string | null },
): MailContent {
  const copy = messages(input.locale);
  const m = copy.mail.employeeCodesGuessed;
  const v = withApp(copy, {
    when: mailDate(input.when ?? new Date(), input.locale),
    until: mailDate(input.until, input.locale),
    employeeName: input.employeeName,
    employeeEmail: input.employeeEmail,
  });
  return compose(input.locale, {
    subject: format(m.subject, v),
    heading: m.heading,
    paragraphs: [greeting(copy, input.name), format(m.body, v), m.meaning, m.next, ownerAlertIp(copy, input.ipAddress), copy.mail.ownerAlert.manage],
  });
}
