"use client";

import { useMessages } from "@/components/i18n/messages-provider";
import { StatusPage } from "@/components/layout/status-page";
import { Button } from "@/components/ui/button";

/** Anything unexpected: a calm message and a retry, never a stack trace. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const copy = useMessages().errors;
  return (
    <StatusPage
      title={copy.crashTitle}
      text={copy.crashText}
      action={
        <div>
          <Button type="button" onClick={reset}>
            {copy.retry}
          </Button>
        </div>
      }
    />
  );
}
