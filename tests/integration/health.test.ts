import net from "node:net";
import type { AddressInfo } from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { GET as liveness } from "@/app/api/health/route";
import { GET as readinessRoute } from "@/app/api/health/ready/route";
import { PrismaClient as PostgresClient } from "@/lib/db/generated/postgres/client";
import { checkReadiness } from "@/lib/observability/readiness";

/** A real client for a PostgreSQL server that is not there (or never answers): no mock. */
function clientFor(url: string) {
  return new PostgresClient({ adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 1_000 }) });
}

const clients: PostgresClient[] = [];
const held: net.Socket[] = [];
// Accepts connections and says nothing: a hung database.
const silent = net.createServer((socket) => held.push(socket));
afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect().catch(() => undefined)));
  for (const socket of held) socket.destroy();
  silent.close();
});

describe("/api/health (liveness)", () => {
  it("answers 200 without touching the database, never cached", async () => {
    const response = liveness();

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("/api/health/ready (readiness)", () => {
  it("answers 200 when the database answers", async () => {
    const response = await readinessRoute();

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ready", database: "ok" });
  });

  it("is not ready when the database refuses connections", async () => {
    const client = clientFor("postgres://postgres@127.0.0.1:1/tweestap_ops_absent");
    clients.push(client);

    expect(await checkReadiness(client, 5_000)).toEqual({ ready: false, reason: "databaseUnavailable" });
  });

  it("is not ready, within its timeout, when the database hangs", async () => {
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const client = clientFor(`postgres://postgres@127.0.0.1:${(silent.address() as AddressInfo).port}/hung`);
    clients.push(client);

    const started = Date.now();
    expect(await checkReadiness(client, 300)).toEqual({ ready: false, reason: "databaseTimeout" });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
