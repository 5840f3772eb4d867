"use client";

import { useRouter } from "next/navigation";
import { endSessionAction } from "@/lib/actions/account";
import { useMessages } from "@/components/i18n/messages-provider";
import { ActionButton } from "@/components/forms/action-button";

export function EndSessionButton({ sessionId, label }: { sessionId: string; label: string }) {
  const copy = useMessages();
  const router = useRouter();
  return (
    <ActionButton
      run={() => endSessionAction({ sessionId })}
      label={label}
      pendingLabel={copy.common.loading}
      success={() => copy.account.sessions.ended}
      onDone={() => router.refresh()}
    />
  );
}
