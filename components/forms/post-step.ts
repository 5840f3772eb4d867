import type { ActionResult } from "@/lib/errors/action-failure";

/**
 * Calls a sign-in step's route handler (lib/actions/step-route.ts) the way a form calls a
 * server action: same input, same ActionResult. An answer that is not one (the network is
 * gone, a proxy's error page) becomes the message a person can act on.
 */
export async function postStep<T>(path: string, values: unknown): Promise<ActionResult<T>> {
  try {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(values),
      credentials: "same-origin",
    });
    if (response.headers.get("content-type")?.startsWith("application/json")) return (await response.json()) as ActionResult<T>;
    return { ok: false, error: response.status === 503 ? "errors.unavailable" : "errors.generic" };
  } catch {
    return { ok: false, error: "errors.unavailable" };
  }
}
