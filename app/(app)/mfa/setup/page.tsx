import { titled } from "@/lib/i18n/page-title";
import QRCode from "qrcode";
import { AppPage } from "@/components/layout/app-page";
import { requireEnrolmentAccess } from "@/lib/session/guards";
import { env } from "@/lib/env";
import { format, messages } from "@/lib/i18n";
import { pendingSetup } from "@/lib/mfa/credentials";
import { needsPasswordForEnrolment } from "@/lib/mfa/reauth";
import { formatSecretForDisplay } from "@/lib/mfa/totp";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { StepHeading } from "@/components/ui/step-heading";
import { ConfirmSetupForm } from "@/components/mfa/confirm-setup-form";

export const generateMetadata = titled((m) => m.mfa.setup.title);

/**
 * The "configuratie scherm" of the help page, also the only page an employee in forced
 * enrolment can reach. The key is pending until step 4 confirms a code from the app.
 */
export default async function SetupPage() {
  const user = await requireEnrolmentAccess();
  const copy = messages(user.locale).mfa.setup;
  const replacing = user.mfaEnabledAt !== null;
  const setup = await pendingSetup(user);
  const qr = await QRCode.toDataURL(setup.otpauthUri, { errorCorrectionLevel: "M", margin: 2, width: 232 });
  const displayKey = formatSecretForDisplay(setup.secret);

  return (
    <AppPage user={user} page="mfa">
      {/* Reached from Mijn login by client navigation: the focus goes to this heading. */}
      <StepHeading className="text-2xl font-semibold tracking-tight">
        {user.mustEnrol ? copy.forcedTitle : replacing ? copy.replaceTitle : copy.title}
      </StepHeading>
      {user.mustEnrol ? (
        <Alert tone="warning">{format(copy.forcedIntro, { company: user.companyName })}</Alert>
      ) : (
        <p className="text-slate-700">{copy.intro}</p>
      )}
      <Card title={copy.step1Title}>
        <p className="text-sm text-slate-700">
          {copy.step1Text} <strong>{copy.apps}</strong>.
        </p>
      </Card>
      <Card title={copy.step3Title} description={copy.step3Text}>
        <div className="flex flex-col gap-6 sm:flex-row sm:items-center">
          {/* A data URL: the key never leaves this response for another request. */}
          <img
            src={qr}
            width={232}
            height={232}
            alt={format(copy.qrAlt, { issuer: env().TOTP_ISSUER })}
            className="self-center rounded-md border border-slate-200"
          />
          <div className="flex flex-col gap-2">
            <p id="setup-key-label" className="text-sm font-medium">
              {copy.keyLabel}
            </p>
            <p aria-labelledby="setup-key-label" data-testid="setup-key" className="font-mono text-lg tracking-wider [overflow-wrap:anywhere]">
              {displayKey}
            </p>
            <div>
              <CopyButton text={setup.secret} label={copy.copyKey} copiedLabel={copy.copied} />
            </div>
          </div>
        </div>
      </Card>
      <Card title={copy.step4Title} description={copy.step4Text}>
        <ConfirmSetupForm
          replacing={replacing}
          needsPassword={!replacing && needsPasswordForEnrolment(user)}
          email={user.email}
          doneHref={user.mustEnrol ? "/dashboard" : "/account"}
        />
      </Card>
    </AppPage>
  );
}
