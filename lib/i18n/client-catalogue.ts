import { messages, type Messages } from "./index";

type Namespace = Exclude<keyof Messages, "mail">;

/*
 * Which parts of the catalogue each kind of page sends to its client components (issue 11:
 * only the messages a page needs). A namespace belongs where its texts are shown and where
 * the errors keyed in it can come from: `account`, `employees` and `mfaDeadline` only from
 * signed-in work, `reset` and `invite` only from signed-out flows (`signUp`'s "check your
 * e-mail" also follows a new backup address). Mail copy never leaves the server.
 * tests/unit/client-catalogue.test.ts keeps the three lists complete.
 */
export const SHARED_NAMESPACES = ["common", "errors", "validation", "language", "password"] as const satisfies Namespace[];
export const SIGNED_OUT_NAMESPACES = ["auth", "signUp", "reset", "invite", "link", "backup", "mfa", "rememberedDevices"] as const satisfies Namespace[];
export const SIGNED_IN_NAMESPACES = ["auth", "signUp", "account", "employees", "mfa", "mfaDeadline", "rememberedDevices", "backup", "link"] as const satisfies Namespace[];

export type ClientMessages = Partial<Pick<Messages, Namespace>>;

/** The named parts of `locale`'s catalogue, for a MessagesProvider. */
export function clientCatalogue(locale: string, namespaces: readonly Namespace[]): ClientMessages {
  const all = messages(locale);
  return Object.fromEntries(namespaces.map((name) => [name, all[name]]));
}
