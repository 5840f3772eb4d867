import type { Metadata } from "next";
import Link from "next/link";
import { openInvitation } from "@/lib/company/invitations";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";

// The token is in the path: never send it to another site as a referrer.
export const metadata: Metadata = { title: "Uitnodiging accepteren", referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const copy = messages(await requestLocale()).invite;
  const invitation = await openInvitation(token);
  if (!invitation) {
    return (
      <Card title={copy.title} headingLevel={1}>
        <Alert tone="error">{copy.invalid}</Alert>
        <Link href="/login" className="mt-4 inline-block text-sm font-medium text-teal-800 underline underline-offset-2">
          {copy.toLogin}
        </Link>
      </Card>
    );
  }
  return (
    <Card
      title={copy.title}
      description={format(copy.intro, { company: invitation.company.name, email: invitation.email })}
      headingLevel={1}
    >
      <AcceptInvitationForm token={token} email={invitation.email} />
    </Card>
  );
}
