"use client";

import { useEffect, useState } from "react";
import { useMessages } from "@/components/i18n/messages-provider";
import { StatusPage } from "@/components/layout/status-page";
import { Button } from "@/components/ui/button";

/**
 * Anything unexpected: a calm message and a retry, never a stack trace. The error's text
 * never reaches the browser in production, so whether the database is away is asked of
 * readiness (/api/health/ready): then the page says "probeer het zo opnieuw" instead.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const copy = useMessages().errors;
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/health/ready", { cache: "no-store", signal: controller.signal })
      .then((response) => setUnavailable(response.status === 503))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return (
    <StatusPage
      title={unavailable ? copy.unavailableTitle : copy.crashTitle}
      text={unavailable ? copy.unavailable : copy.crashText}
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
