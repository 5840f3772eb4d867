/*
 * The demo company the screenshots show: fixed, Dutch-looking names on reserved `.example`
 * addresses, so the pictures look like a real bakery's account without naming a real one.
 * Written straight to the database through the tests' person factory; imported only after
 * the script has set DATABASE_URL and MFA_ENCRYPTION_KEY, as the database client reads them
 * on load.
 */
import { createPerson, type MfaPerson, type Person } from "../tests/support/people";

// Never typed into a visible field unmasked; one throwaway password for the whole demo.
const PASSWORD = "zonnige meelzak rolt door de oven 7421";

export type DemoCompany = {
  /** Owner with an authenticator app: the second step, Mijn login and Medewerkers. */
  owner: MfaPerson;
  /** Employee without MFA, who sets up the app on camera (QR code, recovery codes). */
  enrolling: Person;
};

export async function createDemoCompany(): Promise<DemoCompany> {
  const owner = await createPerson({
    companyName: "Bakkerij De Korenschoof",
    name: "Sanne de Vries",
    email: "sanne@korenschoof.example",
    password: PASSWORD,
    mfa: true,
    backupPrefix: "thuis",
  });
  const colleague = (name: string, email: string, mfa: boolean) =>
    createPerson({ companyId: owner.companyId, name, email, password: PASSWORD, mfa });
  // Created in this order so the people list reads as a small, mixed team.
  await colleague("Daan Bakker", "daan@korenschoof.example", true);
  await colleague("Fatima El Amrani", "fatima@korenschoof.example", true);
  const enrolling = await colleague("Lotte Visser", "lotte@korenschoof.example", false);
  await colleague("Joost Jansen", "joost@korenschoof.example", false);
  return { owner, enrolling };
}
