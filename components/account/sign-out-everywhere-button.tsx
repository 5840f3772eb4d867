"use client";

import { signOutEverywhereAction } from "@/lib/actions/account";
import { useMessages } from "@/components/i18n/messages-provider";
import { ActionButton } from "@/components/forms/action-button";

export function SignOutEverywhereButton() {
  const copy = useMessages();
  return (
    <ActionButton run={() => signOutEverywhereAction({})} label={copy.account.signOutEverywhere.submit} pendingLabel={copy.common.loading} />
  );
}
