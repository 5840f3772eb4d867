import { messages, type Messages } from "./index";

type Namespace = Exclude<keyof Messages, "mail">;

/*
 * Which parts of the catalogue a page sends to its client components (issue 11: only the
 * messages a page needs). A namespace goes where its texts are shown *and* where the errors
 * keyed in it can come from: a missing one would show the generic error instead.
 * tests/unit/client-catalogue.test.ts keeps the lists complete. Mail copy never leaves the
 * server.
 */
export const SHARED_NAMESPACES = ["common", "errors", "validation", "language", "password"] as const satisfies Namespace[];

/** Every signed-out page (the `(auth)` layout): they are small and share most of it. */
export const SIGNED_OUT_NAMESPACES = ["auth", "signUp", "reset", "invite", "link", "backup", "mfa", "rememberedDevices"] as const satisfies Namespace[];

/**
 * Each signed-in page its own (AppPage): the dashboard has no form at all. `auth` and `mfa`
 * wherever a form asks for the current code (lib/mfa/reauth.ts answers "auth.verify.locked"
 * and "mfa.reauth.*"); `signUp`'s "check your e-mail" follows a new backup address.
 */
export const SIGNED_IN_PAGES = {
  dashboard: [],
  account: ["auth", "account", "mfa", "rememberedDevices"],
  backup: ["auth", "signUp", "backup", "mfa"],
  employees: ["auth", "employees", "mfaDeadline", "rememberedDevices", "mfa"],
  mfa: ["auth", "mfa"],
} as const satisfies Record<string, readonly Namespace[]>;

export type SignedInPage = keyof typeof SIGNED_IN_PAGES;

export type ClientMessages = Partial<Pick<Messages, Namespace>>;

/** The named parts of `locale`'s catalogue, for a MessagesProvider. */
export function clientCatalogue(locale: string, namespaces: readonly Namespace[]): ClientMessages {
  const all = messages(locale);
  return Object.fromEntries(namespaces.map((name) => [name, all[name]]));
}
