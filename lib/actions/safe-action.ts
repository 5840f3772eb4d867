import { safeParse, type core } from "zod/mini";
import { unstable_rethrow } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/session/current-user";
import { decideAccess, type AccessLevel } from "@/lib/session/access";
import { ActionFailure, fail, type ActionResult } from "@/lib/errors/action-failure";
import { MailDeliveryError } from "@/lib/errors/mail-delivery";
import { isDatabaseUnavailable } from "@/lib/errors/unavailable";
import { errorName, logger } from "@/lib/log";

/**
 * Every server action goes through one of these wrappers, so none can skip input
 * validation or the session check (tests/unit/actions-wrapped.test.ts fails otherwise).
 * Errors are catalogue keys that the form translates; raw exception text never reaches
 * the client.
 */
function fieldErrorsOf(error: core.$ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = issue.path.join(".");
    fields[name] ??= issue.message;
  }
  return fields;
}

export async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof ActionFailure) {
      return { ok: false, error: error.key, values: error.values, fieldErrors: error.fieldErrors };
    }
    // The flow has undone what the mail was for (lib/mail/send.ts, sendOrUndo): say so.
    if (error instanceof MailDeliveryError) return { ok: false, error: "errors.mailFailed" };
    if (isDatabaseUnavailable(error)) {
      logger.error("db.unavailable", { error: errorName(error) });
      return { ok: false, error: "errors.unavailable" };
    }
    // redirect(), notFound() and a successful signIn() work by throwing: Next handles those.
    unstable_rethrow(error);
    logger.error("action.failed", { error: errorName(error) });
    return { ok: false, error: "errors.generic" };
  }
}

// Typed on zod's core, so schemas built with zod/mini (lib/validation) and classic zod both fit.
export function parse<S extends core.$ZodType>(schema: S, input: unknown): core.output<S> {
  const parsed = safeParse(schema, input);
  // Zod's messages are typed as plain strings; our schemas only ever put catalogue keys there.
  if (!parsed.success) throw new ActionFailure("errors.invalidInput", undefined, fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** Marks a wrapped action, so the wrapping test can tell it from a bare exported function. */
export const WRAPPED = Symbol.for("tweestap.wrappedAction");

function wrapped<F extends (...args: never[]) => unknown>(action: F): F {
  return Object.assign(action, { [WRAPPED]: true });
}

/** For the signed-out steps (register, login): validation only. */
export function publicAction<S extends core.$ZodType, T>(schema: S, handler: (input: core.output<S>) => Promise<T>) {
  return wrapped(async (input: core.input<S>): Promise<ActionResult<T>> => run(() => handler(parse(schema, input))));
}

/** For signed-in work: the server decides access on every call, whatever the page showed. */
export function userAction<S extends core.$ZodType, T>(
  level: AccessLevel,
  schema: S,
  handler: (input: core.output<S>, user: CurrentUser) => Promise<T>,
) {
  return wrapped(async (input: core.input<S>): Promise<ActionResult<T>> =>
    run(async () => {
      const decision = decideAccess(await getCurrentUser(), level);
      if (!decision.allowed) fail(`errors.${decision.reason}`);
      return handler(parse(schema, input), decision.user);
    }),
  );
}

/** For a plain `<form action>`, which takes no result and works without JavaScript (sign-out). */
export function formAction(handler: () => Promise<void>) {
  return wrapped(async (_form: FormData): Promise<void> => {
    await run(handler);
  });
}
