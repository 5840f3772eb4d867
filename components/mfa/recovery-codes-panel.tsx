"use client";

import { useState } from "react";
import { format } from "@/lib/i18n";
import { useMessages } from "@/components/i18n/messages-provider";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { StepHeading } from "@/components/ui/step-heading";

/**
 * The recovery codes, shown once: copy, download as .txt, print, and a confirmation
 * that they are stored before the user goes on. Nothing here is kept anywhere.
 */
export function RecoveryCodesPanel({ codes, email, onDone }: { codes: string[]; email: string; onDone: () => void }) {
  const copy = useMessages().mfa.codes;
  const [stored, setStored] = useState(false);
  const fileText = [
    format(copy.fileHeading, { email }),
    format(copy.fileNote, { date: new Date().toLocaleDateString("nl-NL") }),
    "",
    ...codes,
    "",
  ].join("\n");

  const download = () => {
    const url = URL.createObjectURL(new Blob([fileText], { type: "text/plain;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = "tweestap-herstelcodes.txt";
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <section aria-labelledby="recovery-codes-title" className="flex flex-col gap-4">
      {/* Shown in place of a form (setup step 4, new codes): the focus moves to it. */}
      <StepHeading level={2} id="recovery-codes-title" className="text-lg font-semibold">
        {copy.title}
      </StepHeading>
      <p className="text-sm text-slate-700">{copy.intro}</p>
      <ol
        aria-label={copy.listLabel}
        className="grid grid-cols-1 gap-2 rounded-md border border-slate-200 bg-slate-50 p-4 font-mono text-base sm:grid-cols-2"
      >
        {codes.map((code) => (
          <li key={code} className="tracking-wider">
            {code}
          </li>
        ))}
      </ol>
      <div className="no-print flex flex-wrap gap-2">
        <CopyButton text={codes.join("\n")} label={copy.copy} copiedLabel={copy.copied} />
        <Button type="button" variant="secondary" onClick={download}>
          {copy.download}
        </Button>
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          {copy.print}
        </Button>
      </div>
      <label className="no-print flex items-start gap-3 text-sm font-medium">
        <input
          type="checkbox"
          className="mt-0.5 size-5 accent-teal-700"
          checked={stored}
          onChange={(event) => setStored(event.target.checked)}
        />
        {copy.confirm}
      </label>
      <div className="no-print">
        <Button type="button" disabled={!stored} onClick={onDone}>
          {copy.continue}
        </Button>
      </div>
    </section>
  );
}
