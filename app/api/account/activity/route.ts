import { routeAccess } from "@/lib/session/route-guard";
import { db } from "@/lib/db/client";
import { messages } from "@/lib/i18n";
import { activityType } from "@/lib/activity/events";

function csvCell(value: string): string {
  // Quote everything; a leading = + - @ would be read as a formula by spreadsheet apps.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** "Activiteit downloaden": the signed-in user's own security activity as CSV. */
export async function GET(): Promise<Response> {
  const access = await routeAccess("member");
  if ("response" in access) return access.response;
  const { user } = access;
  const copy = messages(user.locale).account.activity;
  const events = await db.activityEvent.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    take: 1000,
    select: { type: true, createdAt: true, ipAddress: true },
  });
  const lines = [
    [copy.when, copy.what, copy.ip].map(csvCell).join(","),
    ...events.map((event) => {
      const known = activityType.safeParse(event.type);
      return [event.createdAt.toISOString(), known.success ? copy.types[known.data] : event.type, event.ipAddress ?? ""]
        .map(csvCell)
        .join(",");
    }),
  ];
  return new Response(`${lines.join("\r\n")}\r\n`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="tweestap-activiteit.csv"',
      "Cache-Control": "no-store",
    },
  });
}
