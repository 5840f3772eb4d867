"use client";

import { useRouter } from "next/navigation";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/actions/employees";
import { useMessages } from "@/components/i18n/messages-provider";
import { ActionButton } from "@/components/forms/action-button";

export function InvitationActions({ invitationId }: { invitationId: string }) {
  const copy = useMessages().employees.invite;
  const router = useRouter();
  return (
    <span className="flex flex-wrap gap-2">
      <ActionButton
        run={() => resendInvitationAction({ invitationId })}
        label={copy.resend}
        pendingLabel={copy.resend}
        success={() => copy.resent}
        onDone={() => router.refresh()}
      />
      <ActionButton
        run={() => revokeInvitationAction({ invitationId })}
        label={copy.revoke}
        pendingLabel={copy.revoke}
        onDone={() => router.refresh()}
      />
    </span>
  );
}
