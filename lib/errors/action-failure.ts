import type { MessageKey } from "@/lib/i18n/translate";
import type { MessageRef } from "@/lib/i18n/message-ref";

/**
 * Errors are values the form translates, never text built on the server. Domain code
 * throws them with `fail`; this module imports nothing from the framework, so the
 * domain can be tested and reused without Next.js. The key is typed: the compiler
 * rejects a key that no catalogue has.
 */
export type MessageValues = Record<string, string | number>;

export type ActionError = { error: MessageKey; values?: MessageValues; fieldErrors?: Record<string, string> };
export type ActionResult<T = null> = ({ ok: true; data: T }) | ({ ok: false } & ActionError);

export class ActionFailure extends Error {
  constructor(
    readonly key: MessageKey,
    readonly values?: MessageValues,
    // Zod's field messages are catalogue keys too, but may carry values ("key?min=15").
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(key);
  }
}

/** Field errors given by the domain are catalogue keys (with values), checked by the compiler. */
export function fail(key: MessageKey, values?: MessageValues, fieldErrors?: Record<string, MessageRef>): never {
  throw new ActionFailure(key, values, fieldErrors);
}
