import { z } from "zod";
import type { Db } from "@/lib/db/client";

export const activityTypes = [
  "ACCOUNT_CREATED",
  "LOGIN_SUCCEEDED",
  "LOGIN_FAILED",
  "REAUTH_FAILED",
  "SECOND_FACTOR_FAILED",
  "SECOND_FACTOR_LOCKED",
  "PASSWORD_CHANGED",
  "PASSWORD_RESET",
  "SIGNED_OUT_EVERYWHERE",
  "SESSION_ENDED",
  "MFA_ENABLED",
  "MFA_DISABLED",
  "AUTHENTICATOR_REPLACED",
  "RECOVERY_CODES_REGENERATED",
  "RECOVERY_CODE_USED",
  "BACKUP_EMAIL_CHANGED",
  "BACKUP_LINK_LOGIN",
  "MFA_RESET_BY_OWNER",
  "HELP_REQUESTED",
  "MFA_POLICY_CHANGED",
  "MFA_DEADLINE_CHANGED",
  "MFA_DEADLINE_REMINDER_SENT",
  "OWNER_ALERTS_CHANGED",
  "DEVICE_REMEMBERED",
  "REMEMBERED_DEVICE_FORGOTTEN",
  "REMEMBER_DEVICES_CHANGED",
  "EMPLOYEE_INVITED",
  "EMPLOYEE_REMOVED",
] as const;

export const activityType = z.enum(activityTypes);
export type ActivityType = z.infer<typeof activityType>;

type Tx = Pick<Db, "activityEvent">;

export type ActivityInput = {
  companyId: string;
  type: ActivityType;
  userId?: string | null;
  actorId?: string | null;
  ipAddress?: string | null;
  detail?: string | null;
};

/** Takes the transaction client so the event commits or rolls back with the change it records. */
export async function recordActivity(tx: Tx, event: ActivityInput): Promise<void> {
  await tx.activityEvent.create({ data: event });
}

/**
 * The label for an event type. Rows written by an older version may carry a type this
 * build no longer knows; those show as stored rather than disappearing.
 */
export function activityLabel(type: string, labels: Record<ActivityType, string>): string {
  const known = activityType.safeParse(type);
  return known.success ? labels[known.data] : type;
}
