"use server";

import { signOut } from "@/lib/auth/config";

/** "Uitloggen": open to anyone, also an employee stuck in forced enrolment. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login?notice=signedOut" });
}
