import { messages, type Messages } from "./index";
import type { MessageKey } from "./translate";

type Namespace = Exclude<keyof Messages, "mail">;

/** A whole namespace, one section of it ("mfa.reauth") or one text ("mfa.setup.currentFactor"). */
export type CataloguePart =
  | { [N in Namespace]: N | `${N}.${keyof Messages[N] & string}` }[Namespace]
  | Exclude<MessageKey, `mail.${string}`>;

/*
 * Which parts of the catalogue a page sends to its client components (issue 11: only the
 * messages a page needs). A part goes where its texts are shown *and* where the errors keyed
 * in it can come from: a missing one would show the generic error instead.
 * tests/unit/client-catalogue.test.ts and client-catalogue-reach.test.ts keep the lists
 * complete. Mail copy never leaves the server.
 */
export const SHARED_NAMESPACES = ["common", "errors", "validation", "language", "password"] as const satisfies Namespace[];

/** Every signed-out page (the `(auth)` layout): they are small and share most of it. */
export const SIGNED_OUT_NAMESPACES = ["auth", "signUp", "reset", "invite", "link", "backup", "mfa", "rememberedDevices"] as const satisfies Namespace[];

/** What a form asking for the current code (or a recovery code) can be answered with. */
const CURRENT_CODE_ANSWERS = ["auth.verify.locked", "auth.verify.codeFormat", "auth.verify.recoveryFormat"] as const satisfies CataloguePart[];

/**
 * Each signed-in page its own (AppPage): the dashboard has no form at all. Only the sections
 * and texts its forms show or are answered with: each KB of catalogue is serialised, parsed
 * again for the HTML and inlined on every request (issue 11: Mijn login's HTML went from 46
 * to 37 KB, 3–8% more requests per second). `mfa.reauth` and the current-code answers
 * wherever a form asks for the current code (lib/mfa/reauth.ts).
 */
export const SIGNED_IN_PAGES = {
  dashboard: [],
  account: [
    "account.password",
    "account.sessions",
    "account.signOutEverywhere",
    "mfa.status",
    "mfa.manage",
    "mfa.reauth",
    "mfa.codes",
    // The current-code field and what lib/mfa answers about it, not the whole setup screen.
    "mfa.setup.currentFactor",
    "mfa.setup.expired",
    "mfa.setup.wrongCode",
    "mfa.setup.wrongPassword",
    ...CURRENT_CODE_ANSWERS,
    "rememberedDevices.forgotten",
    "rememberedDevices.notFound",
  ],
  backup: ["backup", "signUp.checkEmail.title", "mfa.reauth", "auth.verify.locked"],
  employees: ["employees", "mfaDeadline", "rememberedDevices.policy", "mfa.reauth", ...CURRENT_CODE_ANSWERS],
  mfa: ["mfa", ...CURRENT_CODE_ANSWERS],
} as const satisfies Record<string, readonly CataloguePart[]>;

export type SignedInPage = keyof typeof SIGNED_IN_PAGES;

/** Whole namespaces, or some of their sections and texts. */
export type ClientMessages = { [N in Namespace]?: Partial<Messages[N]> };

/** The named parts of `locale`'s catalogue, for a MessagesProvider. */
export function clientCatalogue(locale: string, parts: readonly CataloguePart[]): ClientMessages {
  const picked: Record<string, unknown> = {};
  for (const part of parts) copyPath(messages(locale), picked, part.split("."));
  return picked as ClientMessages;
}

/** Copies what lies at `path` in `from` to the same place in `into`, beside what is there. */
function copyPath(from: object, into: Record<string, unknown>, [head, ...rest]: string[]): void {
  const value = (from as Record<string, unknown>)[head!];
  if (rest.length === 0) {
    into[head!] = value;
    return;
  }
  // A copy: what an earlier part put there may be the catalogue's own object.
  const branch: Record<string, unknown> = { ...(into[head!] as object | undefined) };
  into[head!] = branch;
  copyPath(value as object, branch, rest);
}
