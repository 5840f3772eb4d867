"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors/action-failure";
import { useTranslate } from "@/components/i18n/messages-provider";
import { Button } from "@/components/ui/button";

/** A button for an action without a form: pending while it runs, its result said beside it. */
export function ActionButton<T>({ run, label, pendingLabel, success, variant = "secondary", onDone }: {
  run: () => Promise<ActionResult<T>>;
  label: string;
  pendingLabel: string;
  success?: (data: T) => string;
  variant?: "primary" | "secondary" | "danger" | "link";
  onDone?: (data: T) => void;
}) {
  const t = useTranslate();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        type="button"
        variant={variant}
        pending={pending}
        pendingLabel={pendingLabel}
        onClick={() =>
          startTransition(async () => {
            const result = await run();
            if (result.ok) {
              setMessage(success ? { tone: "ok", text: success(result.data) } : null);
              onDone?.(result.data);
            } else {
              setMessage({ tone: "error", text: t(result.error, result.values) });
            }
          })
        }
      >
        {label}
      </Button>
      {message ? (
        <span role={message.tone === "error" ? "alert" : "status"} className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-emerald-800"}`}>
          {message.text}
        </span>
      ) : null}
    </span>
  );
}
