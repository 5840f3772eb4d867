import type { MessageKey } from "@/lib/i18n/translate";

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
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(key);
  }
}

export function fail(key: MessageKey, values?: MessageValues, fieldErrors?: Record<string, string>): never {
  throw new ActionFailure(key, values, fieldErrors);
}
