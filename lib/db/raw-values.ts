/*
 * Values of raw SQL results (`$queryRaw`), which the same statement returns differently on
 * the two databases: SQLite gives dates as ISO text or numbers and booleans as 0/1.
 */

export function rawDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(typeof value === "number" ? value : String(value));
  return Number.isNaN(date.getTime()) ? null : date;
}

export function rawBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === 1n;
}
