export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export function newRequestId(): string;
export function withRequestId<T>(requestId: string, work: () => T): T;
export function currentRequestId(): string | null;
export function markDatabaseUnavailable(): void;
export function databaseUnavailable(): boolean;
export function safeFields(fields: LogFields | undefined): Record<string, string | number | boolean | null>;
export function formatLogLine(entry: {
  level: LogLevel;
  event: string;
  fields?: LogFields;
  requestId: string | null;
  time: Date;
  production: boolean;
}): string;
export function log(level: LogLevel, event: string, fields?: LogFields): void;
