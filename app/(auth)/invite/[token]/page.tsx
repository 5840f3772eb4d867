import { titled } from "@/lib/i18n/page-title";
import { openInvitation } from "@/lib/company/invitations";
import { format, messages } from "@/lib/i18n";
import { requestLocale } from "@/lib/i18n/request-locale";
import { Card } from "@/components/ui/card";
import { InvalidLink } from "@/components/auth/invalid-link";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";

// The token is in the path: never send it to another site as a referrer.
export const generateMetadata = titled((m) => m.invite.title, { referrer: "no-referrer" });

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const copy = messages(await requestLocale()).invite;
  const invitation = await openInvitation(token);
  if (!invitation) return <InvalidLink title={copy.title} message={copy.invalid} href="/login" linkLabel={copy.toLogin} />;
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
