import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales, messages } from "@/lib/i18n";
import {
  clientCatalogue,
  SHARED_NAMESPACES,
  SIGNED_IN_PAGES,
  type CataloguePart,
} from "@/lib/i18n/client-catalogue";
import { hasDirective, importsOf, parseFile, projectRoot } from "../support/source-modules";

/*
 * A page sends its client components only parts of the catalogue (lib/i18n/client-catalogue.ts),
 * the signed-in pages sections and single texts. A part left out shows up late: a label read
 * from it crashes the form, a server answer keyed in it turns into the generic error. This
 * follows each page's imports to every client component it can render and to the modules
 * behind the server actions those call, and checks that everything they read or answer is in
 * what the page sends, in every language. Reads are found in the source text, not the types:
 * copy handed to a child as a prop is checked as far as the parent reads it, so a part that
 * is a single text suits only a component that reads it from useMessages() itself.
 */

const root = projectRoot;
const source = (file: string) => fs.readFileSync(file, "utf8");
const relative = (file: string) => path.relative(root, file);

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

/** The project's files `file` imports (statically or with import(): the forms load their zod schemas so). */
function importedFiles(file: string): string[] {
  const specifiers = importsOf(parseFile(relative(file)));
  return specifiers.map((specifier) => resolveImport(file, specifier)).filter((found) => found !== null);
}

function reachable(start: string[], follow: (file: string) => boolean): string[] {
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...importedFiles(file).filter(follow));
  }
  return [...seen];
}

const isClient = (file: string) => hasDirective(parseFile(relative(file)).statements, "use client");

/** The client components a page can render, and the server modules behind their actions. */
function reachOf(pageFile: string) {
  const components = reachable([path.join(root, pageFile)], (file) => relative(file).startsWith("components/"));
  const clients = components.filter(isClient);
  const actions = clients.flatMap(importedFiles).filter((file) => relative(file).startsWith("lib/actions/"));
  // The catalogue itself and Prisma's generated client hold no keys the server answers with.
  const server = reachable(actions, (file) => /^lib\/(?!i18n\/|db\/generated\/)/.test(relative(file)));
  return { clients, server };
}

const members = (chain: string) => chain.split(".").filter(Boolean);

/**
 * Member chains read from useMessages(): `const copy = useMessages().mfa;` … `copy.manage.title`,
 * also through one name further down (`const copy = catalogue.backup;`).
 */
function catalogueReads(text: string): string[][] {
  const named = new Map<string, string[]>();
  for (const [, name, chain] of text.matchAll(/const (\w+) = useMessages\(\)((?:\.\w+)*);/g)) named.set(name!, members(chain!));
  for (const [, name, from, chain] of text.matchAll(/const (\w+) = (\w+)((?:\.\w+)+);/g)) {
    const base = named.get(from!);
    if (base) named.set(name!, [...base, ...members(chain!)]);
  }
  const reads: string[][] = [];
  for (const [name, base] of named) {
    reads.push(base);
    for (const [, chain] of text.matchAll(new RegExp(`\\b${name}((?:\\.\\w+)+)`, "g"))) reads.push([...base, ...members(chain!)]);
  }
  return reads;
}

/** String literals in `text` that are keys of the Dutch catalogue (answers and t() calls). */
function catalogueKeys(text: string): string[] {
  const literals = [...text.matchAll(/"([a-zA-Z]+(?:\.[a-zA-Z]+)+)"/g)].map((m) => m[1]!);
  return literals.filter((key) => !key.startsWith("mail.") && typeof lookUp(messages("nl"), key.split(".")) === "string");
}

/** Follows `path` into `tree` until a text: what comes after one (`.length`) is not catalogue. */
function lookUp(tree: unknown, segments: string[]): unknown {
  let node = tree;
  for (const segment of segments) {
    if (typeof node === "string") return node;
    node = typeof node === "object" && node !== null && Object.hasOwn(node, segment) ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return node;
}

function missingFor(pageFiles: string[], parts: readonly CataloguePart[]): string[] {
  const missing = new Set<string>();
  for (const pageFile of pageFiles) {
    const { clients, server } = reachOf(pageFile);
    const reads = clients.flatMap((file) => catalogueReads(source(file)).map((chain) => ({ chain, file })));
    const keys = [...clients, ...server].flatMap((file) => catalogueKeys(source(file)).map((key) => ({ chain: key.split("."), file })));
    for (const locale of locales) {
      const sent = { ...clientCatalogue(locale, SHARED_NAMESPACES), ...clientCatalogue(locale, parts) };
      for (const { chain, file } of [...reads, ...keys]) {
        if (lookUp(sent, chain) === undefined) missing.add(`${locale}: ${chain.join(".")} (${relative(file)}, on ${pageFile})`);
      }
    }
  }
  return [...missing];
}

const signedInPageFiles: Record<keyof typeof SIGNED_IN_PAGES, string[]> = {
  dashboard: ["app/(app)/dashboard/page.tsx"],
  account: ["app/(app)/account/page.tsx"],
  backup: ["app/(app)/account/backup/page.tsx"],
  employees: ["app/(app)/employees/page.tsx"],
  mfa: ["app/(app)/mfa/setup/page.tsx", "app/(app)/mfa/recovered/page.tsx"],
};

describe("what each page's client components read and are answered with", () => {
  // The walk sees a module's every answer. lib/company/invitations.ts also holds the invitee's
  // side (accepting on /invite/…, answers keyed in `invite`), which the owner's page never gets;
  // the signed-out pages send whole namespaces for the same reason the other way round.
  const answeredElsewhere: Partial<Record<keyof typeof SIGNED_IN_PAGES, string>> = { employees: "invite." };
  for (const [page, files] of Object.entries(signedInPageFiles) as [keyof typeof SIGNED_IN_PAGES, string[]][]) {
    it(`is sent to ${page}`, () => {
      const elsewhere = answeredElsewhere[page];
      const missing = missingFor(files, SIGNED_IN_PAGES[page]).filter((line) => !elsewhere || !line.includes(`: ${elsewhere}`));
      expect(missing).toEqual([]);
    });
  }

  it("is sent with the shared parts to the pages outside both layouts", () => {
    expect(missingFor(["app/error.tsx", "app/page.tsx", "app/not-found.tsx", "app/forbidden.tsx"], [])).toEqual([]);
  });

  it("finds what a form reads and what its actions answer", () => {
    // Guards the walk itself: with the sections of Mijn login's forms left out, it must notice.
    const withoutForms = SIGNED_IN_PAGES.account.filter((part) => part !== "account.password" && part !== "mfa.reauth");
    const missing = missingFor(signedInPageFiles.account, withoutForms).filter((line) => line.startsWith("nl: "));
    expect(missing).toEqual(
      expect.arrayContaining([
        expect.stringContaining("nl: account.password.current (components/account/change-password-form.tsx"),
        expect.stringContaining("nl: account.password.wrongCurrent (lib/accounts/change-password.ts"),
        expect.stringContaining("nl: mfa.reauth.wrong (lib/mfa/reauth.ts"),
      ]),
    );
  });
});
