import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { cookies, headers } from "next/headers";
import { proxy } from "@/proxy";
import { db } from "@/lib/db/client";
import { getCurrentUser } from "@/lib/session/current-user";
import { HANDOFF_HEADER } from "@/lib/session/proxy-handoff";
import { readSessionRow } from "@/lib/session/session-row";
import { createPerson } from "../support/people";
import { sessionCookieFor } from "../support/session-cookie";

/*
 * A signed-in page checks its session with the proxy's read of the same request instead of
 * reading it again (issue 11), and with nothing else: a header a client makes up, a read
 * made for another cookie or no proxy at all leave the page to read for itself.
 */
vi.mock("next/headers", () => ({ cookies: vi.fn(), headers: vi.fn() }));
vi.mock("@/lib/session/session-row", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/session/session-row")>();
  return { ...real, readSessionRow: vi.fn(real.readSessionRow) };
});

const APP = process.env.APP_URL ?? "http://localhost:3100";
type Cookie = { name: string; value: string };

function pageRequest(cookie: Cookie, extra: Record<string, string> = {}): NextRequest {
  return new NextRequest(new URL("/account", APP), { headers: { ...extra, cookie: `${cookie.name}=${cookie.value}` } });
}

/** What the page of that request gets: its cookies and the headers the proxy passed on. */
function renderPageOf(request: NextRequest, passedOn: Headers = request.headers): Promise<unknown> {
  vi.mocked(cookies).mockResolvedValue(request.cookies as unknown as Awaited<ReturnType<typeof cookies>>);
  vi.mocked(headers).mockResolvedValue(passedOn as unknown as Awaited<ReturnType<typeof headers>>);
  return getCurrentUser();
}

/** The request headers the proxy hands to the page (Next carries them as x-middleware-request-*). */
async function throughProxy(request: NextRequest): Promise<Headers> {
  const response = await proxy(request);
  expect(response.headers.get("location")).toBeNull();
  const passedOn = new Headers();
  for (const name of response.headers.get("x-middleware-override-headers")?.split(",") ?? []) {
    passedOn.set(name, response.headers.get(`x-middleware-request-${name}`) ?? "");
  }
  return passedOn;
}

beforeEach(() => vi.mocked(readSessionRow).mockClear());

describe("the page's session read after the proxy's", () => {
  it("takes the proxy's read of the same request: one read of the session's row, not two", async () => {
    const person = await createPerson();
    const cookie = await sessionCookieFor(person.id);
    const request = pageRequest(cookie);
    const passedOn = await throughProxy(request);
    expect(readSessionRow).toHaveBeenCalledTimes(1);

    const user = (await renderPageOf(request, passedOn)) as { id: string } | null;
    expect(user?.id).toBe(person.id);
    expect(readSessionRow).toHaveBeenCalledTimes(1);
  });

  it("drops a client's own header of that name, and reads for itself when the proxy was skipped", async () => {
    const person = await createPerson();
    const cookie = await sessionCookieFor(person.id);
    const forged = pageRequest(cookie, { [HANDOFF_HEADER]: "made-up" });
    expect((await throughProxy(forged)).get(HANDOFF_HEADER)).not.toBe("made-up");

    // The session ends; a page reached without the proxy, with a made-up id, reads it ended.
    await db.signInSession.update({ where: { id: cookie.sessionId }, data: { revokedAt: new Date() } });
    vi.mocked(readSessionRow).mockClear();
    expect(await renderPageOf(forged)).toBeNull();
    expect(readSessionRow).toHaveBeenCalledTimes(1);
  });

  it("is nothing to a request with another session cookie: an id seen elsewhere opens nothing", async () => {
    const victim = await createPerson();
    const attacker = await createPerson();
    const victimRequest = pageRequest(await sessionCookieFor(victim.id));
    const id = (await throughProxy(victimRequest)).get(HANDOFF_HEADER) ?? "";
    expect(id).not.toBe("");

    const attackerRequest = pageRequest(await sessionCookieFor(attacker.id), { [HANDOFF_HEADER]: id });
    const user = (await renderPageOf(attackerRequest)) as { id: string } | null;
    expect(user?.id).toBe(attacker.id);
    // Tried once with the wrong cookie, the victim's read is gone: their own page reads again.
    vi.mocked(readSessionRow).mockClear();
    const own = (await renderPageOf(victimRequest, new Headers({ [HANDOFF_HEADER]: id }))) as { id: string } | null;
    expect(own?.id).toBe(victim.id);
    expect(readSessionRow).toHaveBeenCalledTimes(1);
  });
});
