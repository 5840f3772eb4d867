/*
 * Values of raw SQL results (`$queryRaw`), which the same statement returns differently on
 * the two databases: SQLite gives dates as ISO text or numbers and booleans as 0/1.
 */

export function rawDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(typeof value === "number" ? value : String(value));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A NOT NULL date column: a missing or unreadable value is a bug, not a date to make up. */
export function rawRequiredDate(value: unknown): Date {
  const date = rawDate(value);
  if (!date) throw new Error("raw SQL: a required date column was empty or unreadable");
  return date;
}

export function rawText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

export function rawBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === 1n;
}
