import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { messages } from "@/lib/i18n";
import { ownActivityCsv } from "@/lib/activity/csv";
import { ownActivity } from "@/lib/activity/read";
import { createUser } from "../support/db-helpers";

const copy = messages("nl").account.activity;

/** Events at fixed, distinct times so "newest first" does not depend on how fast the test runs. */
async function addEvent(user: { id: string; companyId: string }, type: string, minutesAgo: number, ipAddress: string | null = null) {
  const createdAt = new Date(Date.UTC(2025, 0, 15, 12, 0) - minutesAgo * 60_000);
  await db.activityEvent.create({ data: { companyId: user.companyId, userId: user.id, type, ipAddress, createdAt } });
  return createdAt;
}

describe("ownActivity", () => {
  it("lists only the user's own events, newest first, up to the limit", async () => {
    const user = await createUser();
    const colleague = await db.user.create({
      data: { companyId: user.companyId, email: `collega-${user.id}@example.test`, name: "Collega", role: "EMPLOYEE" },
    });
    await addEvent(user, "LOGIN_SUCCEEDED", 30);
    await addEvent(user, "MFA_ENABLED", 10);
    await addEvent(user, "PASSWORD_CHANGED", 20);
    await addEvent({ id: colleague.id, companyId: user.companyId }, "LOGIN_FAILED", 5);

    const rows = await ownActivity(user.id, { take: 20 });
    expect(rows.map((row) => row.type)).toEqual(["MFA_ENABLED", "PASSWORD_CHANGED", "LOGIN_SUCCEEDED"]);
    expect((await ownActivity(user.id, { take: 2 })).map((row) => row.type)).toEqual(["MFA_ENABLED", "PASSWORD_CHANGED"]);
  });
});

describe("ownActivityCsv", () => {
  it("has a header row and one row per own event, quoted, labelled and newest first", async () => {
    const user = await createUser();
    const other = await createUser();
    const older = await addEvent(user, "LOGIN_SUCCEEDED", 20, "192.0.2.7");
    const newer = await addEvent(user, "PASSWORD_CHANGED", 10);
    await addEvent(other, "LOGIN_SUCCEEDED", 5, "198.51.100.1");

    expect(await ownActivityCsv(user.id, copy)).toBe(
      `"Wanneer","Wat","IP-adres"\r\n` +
        `"${newer.toISOString()}","Wachtwoord gewijzigd",""\r\n` +
        `"${older.toISOString()}","Ingelogd","192.0.2.7"\r\n`,
    );
  });

  it("defuses spreadsheet formulas, doubles quotes and keeps unknown types as stored", async () => {
    const user = await createUser();
    await addEvent(user, "=HYPERLINK(\"x\")", 30, "@SUM(A1)");
    await addEvent(user, "LOGIN_FAILED", 20, "-1+1");
    await addEvent(user, "LOGIN_FAILED", 10, "+31");

    const [, ...rows] = (await ownActivityCsv(user.id, copy)).trimEnd().split("\r\n");
    expect(rows.map((row) => row.split(",").slice(1).join(","))).toEqual([
      `"Mislukte inlogpoging","'+31"`,
      `"Mislukte inlogpoging","'-1+1"`,
      `"'=HYPERLINK(""x"")","'@SUM(A1)"`,
    ]);
  });
});
