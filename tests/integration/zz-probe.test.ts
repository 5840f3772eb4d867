import { it, expect, vi } from "vitest";
vi.mock("@/lib/auth/config", () => ({ auth: async () => null }));
it("probe", async () => {
  const m = await import("@/lib/auth/actions");
  expect(typeof m.ActionFailure).toBe("function");
  const { cookies } = await import("next/headers");
  let err: unknown;
  try { await cookies(); } catch (e) { err = e; }
  console.log("cookies error:", err instanceof Error ? err.message : err);
  const l = await import("@/lib/auth/login");
  expect(typeof l.passwordStep).toBe("function");
});
