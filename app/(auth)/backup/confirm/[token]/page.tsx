import { titled } from "@/lib/i18n/page-title";
import { openBackupConfirmation } from "@/lib/accounts/backup-email";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ConfirmBackup } from "@/components/backup/confirm-backup";

export const generateMetadata = titled((m) => m.backup.confirmTitle, { referrer: "no-referrer" });

export default async function ConfirmBackupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const copy = messages(await requestLocale()).backup;
  const pending = await openBackupConfirmation(token);
  return (
    <Card title={copy.confirmTitle} headingLevel={1}>
      {pending ? (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-slate-700">{format(copy.confirmText, { address: pending.email })}</p>
          <ConfirmBackup token={token} />
        </div>
      ) : (
        <Alert tone="error">{copy.invalid}</Alert>
      )}
    </Card>
  );
}
