import type { CurrentUser } from "@/lib/session/load-user";
import { format, messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { mfaDeadlinePolicy } from "@/lib/company/mfa-deadline";
import { PolicySwitch } from "./policy-switch";
import { DeadlineForm } from "./deadline-form";

/**
 * The policy on "Medewerkers": the switch (with its period when switched on) and, while MFA
 * is required, the deadline with what later joiners get, and the way to move it.
 */
export async function PolicySection({ owner, employeesWithoutMfa, hasEmployees }: {
  owner: CurrentUser;
  employeesWithoutMfa: number;
  hasEmployees: boolean;
}) {
  const policy = await mfaDeadlinePolicy(owner.companyId);
  const copy = messages(owner.locale).mfaDeadline;
  const deadline = policy.mfaRequired && policy.mfaDeadline ? formatDateTime(policy.mfaDeadline, owner.locale, "long") : null;
  return (
    <div className="flex flex-col gap-4">
      <PolicySwitch required={policy.mfaRequired} employeesWithoutMfa={employeesWithoutMfa} hasEmployees={hasEmployees} deadline={deadline} />
      {deadline && policy.mfaGraceDays ? <p className="text-sm text-slate-700">{format(copy.current.joiners, { days: policy.mfaGraceDays })}</p> : null}
      {policy.mfaRequired ? <DeadlineForm hasDeadline={deadline !== null} /> : null}
    </div>
  );
}
