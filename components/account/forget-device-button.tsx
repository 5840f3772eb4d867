"use client";

import { useRouter } from "next/navigation";
import { forgetRememberedDeviceAction } from "@/lib/actions/account";
import { useMessages } from "@/components/i18n/messages-provider";
import { ActionButton } from "@/components/forms/action-button";

/** "Vergeten": this browser asks for the code again at its next sign-in. */
export function ForgetDeviceButton({ deviceId, label }: { deviceId: string; label: string }) {
  const copy = useMessages();
  const router = useRouter();
  return (
    <ActionButton
      run={() => forgetRememberedDeviceAction({ deviceId })}
      label={label}
      pendingLabel={copy.common.loading}
      success={() => copy.rememberedDevices.forgotten}
      onDone={() => router.refresh()}
    />
  );
}
