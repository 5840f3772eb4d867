/**
 * `tsx --conditions=react-server bench/seed-users.ts <count>`: seeds the bench's users into
 * DATABASE_URL in a process of its own, because the bench's own Prisma client is bound to
 * its main database and the 100,000-user database is a second one.
 */
import { db } from "../lib/db/client";
import { growUsers, seedBase } from "./seed";

const total = Number(process.argv[2]);
if (!Number.isInteger(total) || total < 1) throw new Error("usage: seed-users.ts <count>");
const seeded = await seedBase();
await growUsers(seeded, total);
await db.$disconnect();
