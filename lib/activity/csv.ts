import type { Messages } from "@/lib/i18n";
import { activityLabel } from "./events";
import { ownActivity } from "./read";

/** A download is a record, not a screen: far more than the page shows, but still bounded. */
export const OWN_ACTIVITY_CSV_MAX = 1000;

function csvCell(value: string): string {
  // Quote everything; a leading = + - @ would be read as a formula by spreadsheet apps.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

function csvLine(cells: string[]): string {
  return cells.map(csvCell).join(",");
}

/** "Activiteit downloaden": the user's own activity as CSV, newest first, CRLF line ends as RFC 4180 asks. */
export async function ownActivityCsv(userId: string, copy: Messages["account"]["activity"]): Promise<string> {
  const events = await ownActivity(userId, { take: OWN_ACTIVITY_CSV_MAX });
  const lines = [
    csvLine([copy.when, copy.what, copy.ip]),
    ...events.map((event) => csvLine([event.createdAt.toISOString(), activityLabel(event.type, copy.types), event.ipAddress ?? ""])),
  ];
  return `${lines.join("\r\n")}\r\n`;
}
