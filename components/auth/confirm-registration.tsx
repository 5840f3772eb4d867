"use client";

import { confirmRegistrationAction } from "@/lib/actions/sign-up";
import { useMessages } from "@/components/i18n/messages-provider";
import { ActionButton } from "@/components/forms/action-button";

/** A POST, not the link's GET: a mail scanner that opens the link creates no account. */
export function ConfirmRegistration({ token }: { token: string }) {
  const copy = useMessages().signUp.confirm;
  return <ActionButton run={() => confirmRegistrationAction({ token })} label={copy.submit} pendingLabel={copy.pending} variant="primary" />;
}
