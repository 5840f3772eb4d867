import { titled } from "@/lib/i18n/page-title";
import { AppPage } from "@/components/layout/app-page";
import { requireUser } from "@/lib/session/guards";
import { format, messages } from "@/lib/i18n";
import { pendingBackupEmail } from "@/lib/accounts/backup-email";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { BackupEmailForm } from "@/components/backup/backup-email-form";
import { StepHeading } from "@/components/ui/step-heading";

export const generateMetadata = titled((m) => m.backup.title);

export default async function BackupSettingsPage() {
  const user = await requireUser();
  const copy = messages(user.locale).backup;
  const pending = await pendingBackupEmail(user.id);
  const confirmed = user.backupEmailConfirmedAt ? user.backupEmail : null;
  return (
    <AppPage user={user} page="backup">
      <StepHeading className="text-2xl font-semibold tracking-tight">{copy.title}</StepHeading>
      <p className="text-slate-700">{copy.intro}</p>
      {user.mfaEnabledAt && !confirmed ? <Alert tone="warning">{copy.recommend}</Alert> : null}
      <Card title={copy.current}>
        <p className="font-medium [overflow-wrap:anywhere]">{confirmed ?? copy.none}</p>
        {pending ? <p className="mt-2 text-sm text-amber-800">{format(copy.pending, { address: pending.email })}</p> : null}
      </Card>
      <Card>
        <BackupEmailForm mfaEnabled={user.mfaEnabledAt !== null} hasBackup={confirmed !== null} />
      </Card>
    </AppPage>
  );
}
