"use server";

import { revalidatePath } from "next/cache";
import { userAction } from "./safe-action";
import { clientIp } from "@/lib/http/client-ip";
import { inviteEmployee, resendInvitation, revokeInvitation } from "@/lib/company/invitations";
import { setMfaRequired } from "@/lib/company/policy";
import { changeMfaDeadline } from "@/lib/company/mfa-deadline";
import { deadlineChoiceSchema, policyChoiceSchema } from "@/lib/validation/mfa-deadline";
import { setOwnerAlertSettings } from "@/lib/company/owner-alerts";
import { setRememberDevicesAllowed } from "@/lib/company/remember-devices";
import { rememberDevicesPolicySchema } from "@/lib/validation/remembered-devices";
import { endEmployeeSessions, removeEmployee, resetEmployeeMfa, sendMfaReminders } from "@/lib/company/employees";
import { noInput } from "@/lib/validation/common";
import { employeeRefSchema, invitationRefSchema, inviteSchema, ownerAlertsSchema, resetMfaSchema } from "@/lib/validation/company";

// Owner only, checked on every call; every lookup below is scoped to the owner's company.
const done = () => {
  revalidatePath("/employees");
  return null;
};

export const inviteAction = userAction("owner", inviteSchema, async ({ email }, owner) => {
  await inviteEmployee(owner, email, await clientIp());
  return done();
});

export const resendInvitationAction = userAction("owner", invitationRefSchema, async ({ invitationId }, owner) => {
  await resendInvitation(owner, invitationId);
  return done();
});

export const revokeInvitationAction = userAction("owner", invitationRefSchema, async ({ invitationId }, owner) => {
  await revokeInvitation(owner, invitationId);
  return done();
});

export const setPolicyAction = userAction("owner", policyChoiceSchema, async ({ required, graceDays }, owner) => {
  await setMfaRequired(owner, required, await clientIp(), graceDays ?? null);
  return done();
});

export const changeDeadlineAction = userAction("owner", deadlineChoiceSchema, async (choice, owner) => {
  await changeMfaDeadline(owner, choice, await clientIp());
  return done();
});

export const setOwnerAlertsAction = userAction("owner", ownerAlertsSchema, async (settings, owner) => {
  await setOwnerAlertSettings(owner, settings, await clientIp());
  return done();
});

/** "Computers onthouden" on/off for the whole company; off also voids the remembered ones. */
export const setRememberDevicesAction = userAction("owner", rememberDevicesPolicySchema, async ({ allowed }, owner) => {
  await setRememberDevicesAllowed(owner, allowed, await clientIp());
  return done();
});

export const resetMfaAction = userAction("owner", resetMfaSchema, async ({ employeeId, ownerFactor }, owner) => {
  await resetEmployeeMfa(owner, employeeId, ownerFactor, await clientIp());
  return done();
});

export const removeEmployeeAction = userAction("owner", employeeRefSchema, async ({ employeeId }, owner) => {
  await removeEmployee(owner, employeeId, await clientIp());
  return done();
});

export const endEmployeeSessionsAction = userAction("owner", employeeRefSchema, async ({ employeeId }, owner) => {
  await endEmployeeSessions(owner, employeeId, await clientIp());
  return done();
});

export const sendRemindersAction = userAction("owner", noInput, async (_input, owner) => {
  const sent = await sendMfaReminders(owner);
  revalidatePath("/employees");
  return sent;
});
