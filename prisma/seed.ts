/**
 * `npm run db:seed` (run by `npm run dev`): a demo company with an owner and two
 * employees, created once. Development only — it refuses to touch a production database.
 */
import "../scripts/load-env";
import { db } from "../lib/db/client";
import { hashPassword } from "../lib/passwords/hash";

if (process.env.NODE_ENV === "production") {
  console.error("db:seed is for development databases only.");
  process.exit(1);
}

const DEMO_PASSWORD = "demo wachtwoord voor tweestap";
const people = [
  { email: "eigenaar@demo.tweestap.nl", name: "Eva Eigenaar", role: "OWNER" },
  { email: "medewerker@demo.tweestap.nl", name: "Mark Medewerker", role: "EMPLOYEE" },
  { email: "collega@demo.tweestap.nl", name: "Cora Collega", role: "EMPLOYEE" },
] as const;

const existing = await db.user.findUnique({ where: { email: people[0].email } });
if (!existing) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const company = await tx.company.create({ data: { name: "Demo Bakkerij B.V." } });
    for (const person of people) {
      await tx.user.create({ data: { ...person, companyId: company.id, passwordHash } });
    }
  });
}

console.log(`
Demo account (Demo Bakkerij B.V.) — sign in at http://localhost:3000/login
  owner:      ${people[0].email}
  employees:  ${people[1].email}, ${people[2].email}
  password:   ${DEMO_PASSWORD}
Mail is kept in the development outbox: http://localhost:3000/dev/outbox
`);
await db.$disconnect();
