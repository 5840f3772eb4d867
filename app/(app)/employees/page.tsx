import type { Metadata } from "next";
import { requireOwner } from "@/lib/auth/guards";
import { db } from "@/lib/db/client";
import { format, messages } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Medewerkers" };

export default async function EmployeesPage() {
  const owner = await requireOwner();
  const copy = messages(owner.locale).account;
  const people = await db.user.findMany({
    where: { companyId: owner.companyId },
    orderBy: [{ role: "desc" }, { name: "asc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      lastLoginAt: true,
      totpCredentials: { where: { confirmedAt: { not: null } }, select: { id: true }, take: 1 },
    },
  });
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">{copy.employees.title}</h1>
      <Card description={format(copy.employees.intro, { company: owner.companyName })}>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">{copy.employees.name}</th>
                <th scope="col" className="py-2 pr-4 font-medium">{copy.employees.email}</th>
                <th scope="col" className="py-2 pr-4 font-medium">{copy.employees.role}</th>
                <th scope="col" className="py-2 pr-4 font-medium">{copy.employees.mfa}</th>
                <th scope="col" className="py-2 font-medium">{copy.employees.lastLogin}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {people.map((person) => (
                <tr key={person.id}>
                  <td className="py-2.5 pr-4 font-medium">{person.name}</td>
                  <td className="py-2.5 pr-4 break-all">{person.email}</td>
                  <td className="py-2.5 pr-4">{person.role === "OWNER" ? copy.roles.OWNER : copy.roles.EMPLOYEE}</td>
                  <td className="py-2.5 pr-4">
                    {person.totpCredentials.length > 0 ? copy.employees.mfaSet : copy.employees.mfaNotSet}
                  </td>
                  <td className="py-2.5">
                    {person.lastLoginAt ? formatDateTime(person.lastLoginAt, owner.locale) : copy.employees.never}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
