import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listPeople, PEOPLE_PAGE_SIZE } from "@/lib/company/people";
import { companyActivity } from "@/lib/activity/read";
import { createPerson } from "../support/people";
import { uniqueEmail } from "../support/unique";

/** The Medewerkers list must work for a company of 2,000: pages, search, company only. */
describe("listPeople", () => {
  it("pages through a large company, owner first, and never shows another company", async () => {
    const owner = await createPerson();
    const other = await createPerson();
    // In chunks, so other test files writing to the same SQLite file are not held up long.
    for (let chunk = 0; chunk < 2000; chunk += 200) {
      await db.user.createMany({
        data: Array.from({ length: 200 }, (_, offset) => {
          const index = String(chunk + offset).padStart(4, "0");
          return { companyId: owner.companyId, email: uniqueEmail(`mw${index}`), name: `Medewerker ${index}`, role: "EMPLOYEE" };
        }),
      });
    }

    const first = await listPeople(owner.companyId, { query: "", page: 1 });
    expect(first.total).toBe(2001);
    expect(first.pages).toBe(Math.ceil(2001 / PEOPLE_PAGE_SIZE));
    expect(first.people).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(first.people[0]?.id).toBe(owner.id);

    const last = await listPeople(owner.companyId, { query: "", page: first.pages });
    expect(last.people).toHaveLength(2001 - (first.pages - 1) * PEOPLE_PAGE_SIZE);
    const seen = new Set([...first.people, ...last.people].map((person) => person.id));
    expect(seen.size).toBe(first.people.length + last.people.length);
    expect(seen.has(other.id)).toBe(false);
  });

  it("finds people by name or (case-insensitively) by e-mail, within the company", async () => {
    const owner = await createPerson();
    const stranger = await createPerson();
    const email = uniqueEmail("zoekmij");
    await createPerson({ companyId: owner.companyId, email, name: "Fatima de Zoeker" });

    expect((await listPeople(owner.companyId, { query: "Zoeker", page: 1 })).people.map((p) => p.email)).toEqual([email]);
    expect((await listPeople(owner.companyId, { query: email.toUpperCase(), page: 1 })).people.map((p) => p.email)).toEqual([email]);
    expect((await listPeople(owner.companyId, { query: stranger.email, page: 1 })).total).toBe(0);
  });

  it("filters company activity by person, newest first", async () => {
    const owner = await createPerson();
    const employee = await createPerson({ companyId: owner.companyId, name: "Actieve Medewerker" });
    await db.activityEvent.create({ data: { companyId: owner.companyId, userId: owner.id, type: "LOGIN_SUCCEEDED", createdAt: new Date(Date.now() - 60_000) } });
    await db.activityEvent.create({ data: { companyId: owner.companyId, userId: employee.id, type: "MFA_ENABLED" } });

    const all = await companyActivity(owner.companyId, { page: 1 });
    expect(all.rows.map((row) => row.type)).toEqual(["MFA_ENABLED", "LOGIN_SUCCEEDED"]);
    const onlyEmployee = await companyActivity(owner.companyId, { userId: employee.id, page: 1 });
    expect(onlyEmployee.rows.map((row) => row.who)).toEqual(["Actieve Medewerker"]);
  });
});
