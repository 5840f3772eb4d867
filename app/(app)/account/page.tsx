import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { messages } from "@/lib/i18n";
import { Card } from "@/components/ui/card";
import { ActivityList } from "@/components/account/activity-list";
import { ChangePasswordForm } from "@/components/account/change-password-form";

export const metadata: Metadata = { title: "Mijn login" };

export default async function MyLoginPage() {
  const user = await requireUser();
  const copy = messages(user.locale).account;
  const activity = await db.activityEvent.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, type: true, createdAt: true, ipAddress: true },
  });
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{copy.myLogin.title}</h1>
      <Card title={copy.myLogin.details}>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">{copy.myLogin.name}</dt>
          <dd className="font-medium">{user.name}</dd>
          <dt className="text-slate-600">{copy.myLogin.email}</dt>
          <dd className="font-medium break-all">{user.email}</dd>
          <dt className="text-slate-600">{copy.myLogin.company}</dt>
          <dd className="font-medium">{user.companyName}</dd>
          <dt className="text-slate-600">{copy.myLogin.role}</dt>
          <dd className="font-medium">{copy.roles[user.role]}</dd>
        </dl>
      </Card>
      <Card title={copy.password.title} description={copy.password.intro}>
        <ChangePasswordForm mfaEnabled={user.mfaEnabledAt !== null} email={user.email} />
      </Card>
      <Card title={copy.activity.title}>
        <ActivityList rows={activity} copy={copy.activity} locale={user.locale} />
      </Card>
    </>
  );
}
