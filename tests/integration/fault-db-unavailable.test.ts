import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { publicAction } from "@/lib/actions/safe-action";
import { db } from "@/lib/db/client";
import { PrismaClient as PostgresClient } from "@/lib/db/generated/postgres/client";
import { isDatabaseUnavailable } from "@/lib/errors/unavailable";
import { createUser, rejectionOf } from "../support/db-helpers";

/*
 * A database that is away is told apart from a query that went wrong, with the errors a
 * real client gives (no mocks): the first becomes "probeer het zo opnieuw", the second
 * stays a generic error. The stopped-server journey itself: tests/e2e/fault-postgres.e2e.ts.
 */
const away = new PostgresClient({ adapter: new PrismaPg({ connectionString: "postgres://postgres@127.0.0.1:1/tweestap_ops_away", connectionTimeoutMillis: 1_000 }) });
afterAll(() => away.$disconnect().catch(() => undefined));

describe("isDatabaseUnavailable", () => {
  it("is true for a read, a raw query and a transaction on a database that cannot be reached", async () => {
    expect(isDatabaseUnavailable(await rejectionOf(away.user.count()))).toBe(true);
    expect(isDatabaseUnavailable(await rejectionOf(away.$queryRaw`SELECT 1`))).toBe(true);
    expect(isDatabaseUnavailable(await rejectionOf(away.$transaction(async (tx) => tx.user.count())))).toBe(true);
  });

  it("is false for a query the database refused (a unique address taken), and for other errors", async () => {
    const user = await createUser();
    const taken = await rejectionOf(db.user.create({ data: { companyId: user.companyId, email: user.email, name: "Twee", passwordHash: "x", role: "EMPLOYEE" } }));

    expect(taken).toMatchObject({ code: "P2002" });
    expect(isDatabaseUnavailable(taken)).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("makes an action answer errors.unavailable instead of the generic error", async () => {
    const action = publicAction(z.object({}), async () => away.user.count());

    expect(await action({})).toEqual({ ok: false, error: "errors.unavailable" });
  });
});
