import type { MessageKey } from "./translate";

/** A catalogue key, optionally with its placeholder values attached ("password.tooShort?min=15"). */
export type MessageRef = MessageKey | `${MessageKey}?${string}`;

/**
 * A catalogue key travelling with the values for its placeholders, as one string
 * ("password.tooShort?min=15"), because form libraries carry an error as a single
 * message. translate() splits it again.
 */
export function withValues(key: MessageKey, values: Record<string, string | number>): MessageRef {
  const query = new URLSearchParams(Object.entries(values).map(([name, value]) => [name, String(value)]));
  return `${key}?${query.toString()}` as const;
}

export function splitMessageRef(ref: string): { key: string; values: Record<string, string> } {
  const [key = "", query = ""] = ref.split("?", 2);
  return { key, values: Object.fromEntries(new URLSearchParams(query)) };
}
