import { format, type Messages } from "./index";
import { splitMessageRef } from "./message-ref";

/** "auth.login.title"-style paths to every string in the catalogue. */
type Paths<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Paths<Messages>;

/**
 * Looks up a key sent by the server (an error code, a zod issue) and fills its
 * placeholders. An unknown key falls back to the generic error rather than showing
 * a raw code to the user.
 */
export function translate(
  catalogue: Pick<Messages, "errors">,
  ref: string,
  extraValues: Record<string, string | number> = {},
): string {
  const { key, values: carried } = splitMessageRef(ref);
  const values = { ...carried, ...extraValues };
  let node: unknown = catalogue;
  for (const part of key.split(".")) {
    node = typeof node === "object" && node !== null && Object.hasOwn(node, part)
      ? (node as Record<string, unknown>)[part]
      : undefined;
  }
  return format(typeof node === "string" ? node : catalogue.errors.generic, values);
}
