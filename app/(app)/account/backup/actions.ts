"use server";

import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/auth/actions";
import { clientIp } from "@/lib/http/client-ip";
import { removeBackupEmail, requestBackupEmail } from "@/lib/accounts/backup-email";
import { backupEmailSchema, proofSchema } from "@/lib/validation/recovery";

export const requestBackupEmailAction = userAction("member", backupEmailSchema, async (input, user) => {
  const result = await requestBackupEmail(user, input, await clientIp());
  revalidatePath("/account");
  return result;
});

export const removeBackupEmailAction = userAction("member", proofSchema, async ({ proof }, user) => {
  await removeBackupEmail(user, proof, await clientIp());
  revalidatePath("/account");
  return null;
});
