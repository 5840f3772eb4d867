"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/errors/action-failure";
import { ActionButton } from "@/components/forms/action-button";
import { Alert } from "@/components/ui/alert";

/** One button that uses a mailed token (a POST: a mail scanner's GET changes nothing). */
export function ConfirmTokenButton({ run, label, pendingLabel, doneText }: {
  run: () => Promise<ActionResult<null>>;
  label: string;
  pendingLabel: string;
  doneText: string;
}) {
  const [done, setDone] = useState(false);
  if (done) return <Alert tone="success">{doneText}</Alert>;
  return <ActionButton run={run} label={label} pendingLabel={pendingLabel} variant="primary" onDone={() => setDone(true)} />;
}
