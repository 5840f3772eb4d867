import { routeAccess } from "@/lib/session/route-guard";
import { messages } from "@/lib/i18n";
import { ownActivityCsv } from "@/lib/activity/csv";

/** "Activiteit downloaden": the signed-in user's own security activity as CSV. */
export async function GET(): Promise<Response> {
  const access = await routeAccess("member");
  if ("response" in access) return access.response;
  const { user } = access;
  const csv = await ownActivityCsv(user.id, messages(user.locale).account.activity);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="tweestap-activiteit.csv"',
      "Cache-Control": "no-store",
    },
  });
}
