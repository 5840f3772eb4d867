"use server";

import { publicAction } from "@/lib/auth/actions";
import { confirmBackupEmail } from "@/lib/accounts/backup-email";
import { tokenSchema } from "@/lib/validation/recovery";

/** The click in the backup mailbox; possession of the link is the proof, no session needed. */
export const confirmBackupEmailAction = publicAction(tokenSchema, async ({ token }) => {
  await confirmBackupEmail(token);
  return null;
});
