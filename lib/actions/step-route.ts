import type { core } from "zod/mini";
import type { ActionResult } from "@/lib/errors/action-failure";
import { parse, run } from "./safe-action";

/** Far above the largest honest step (a 1,024-character password and a 2,048-character return path). */
const MAX_BODY_BYTES = 16 * 1024;

function answer(body: ActionResult<unknown>, status = 200): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * A route handler has none of a server action's built-in checks, so this is where a page
 * on another site is refused: its browser sends its own Origin, which it cannot forge, and
 * a cross-site form cannot send JSON without a preflight that this route never answers.
 */
function fromOurPage(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return request.headers.get("sec-fetch-site") === "same-origin";
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The body as text, or null past the cap: read in chunks, so a body without a length cannot fill the memory. */
async function cappedText(request: Request): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function jsonBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; status: number }> {
  if (!request.headers.get("content-type")?.startsWith("application/json")) return { ok: false, status: 415 };
  const text = await cappedText(request);
  if (text === null) return { ok: false, status: 413 };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400 };
  }
}

/**
 * A sign-in step that sets cookies, as a route handler that answers what a server action
 * would (an ActionResult, as JSON). A server action that sets a cookie makes Next render the
 * whole current page into its response (37 KB for /login): a third of a sign-in's server
 * time, for a page the browser leaves at once (issue 11). Validation, the catalogue-key
 * errors and the database-outage answer are the actions' own (safe-action.ts).
 */
export function stepRoute<S extends core.$ZodType, T>(schema: S, handler: (input: core.output<S>) => Promise<T>) {
  return async (request: Request): Promise<Response> => {
    if (!fromOurPage(request)) return answer({ ok: false, error: "errors.forbidden" }, 403);
    const body = await jsonBody(request);
    if (!body.ok) return answer({ ok: false, error: "errors.invalidInput" }, body.status);
    return answer(await run(() => handler(parse(schema, body.value))));
  };
}

