/**
 * A catalogue key travelling with the values for its placeholders, as one string
 * ("password.tooShort?min=15"), because form libraries carry an error as a single
 * message. translate() splits it again.
 */
export function withValues(key: string, values: Record<string, string | number>): string {
  const query = new URLSearchParams(Object.entries(values).map(([name, value]) => [name, String(value)]));
  return `${key}?${query.toString()}`;
}

export function splitMessageRef(ref: string): { key: string; values: Record<string, string> } {
  const [key = "", query = ""] = ref.split("?", 2);
  return { key, values: Object.fromEntries(new URLSearchParams(query)) };
}
