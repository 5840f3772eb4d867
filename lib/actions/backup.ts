"use server";

import { revalidatePath } from "next/cache";
import { publicAction, userAction } from "./safe-action";
import { clientIp } from "@/lib/http/client-ip";
import { confirmBackupEmail, removeBackupEmail, requestBackupEmail } from "@/lib/accounts/backup-email";
import { backupEmailSchema, proofSchema, tokenSchema } from "@/lib/validation/recovery";

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

/** The click in the backup mailbox; possession of the link is the proof, no session needed. */
export const confirmBackupEmailAction = publicAction(tokenSchema, async ({ token }) => {
  await confirmBackupEmail(token);
  return null;
});
