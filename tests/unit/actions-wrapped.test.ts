import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formAction, publicAction, userAction, WRAPPED } from "@/lib/actions/safe-action";
import { hasDirective, importsOf, parse, parseFile, projectRoot as root } from "../support/source-modules";

/*
 * A server action is a public endpoint: anything exported from a "use server" module can
 * be called by anyone with any arguments, whatever the page shows. Only the wrappers
 * validate the input and decide access, so every such export must be one of them, and
 * all of them live in lib/actions/ where a reviewer finds them.
 */
const SOURCE = /\.tsx?$/;
const SKIPPED = new Set(["node_modules", "generated"]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : sourceFiles(relative);
    return SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts") ? [relative] : [];
  });
}

const hasUseServer = (statements: ts.NodeArray<ts.Statement>) => hasDirective(statements, "use server");

/** Functions marked "use server" in their own body: actions that no wrapper guards. */
function inlineActions(source: ts.SourceFile): number[] {
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body && ts.isBlock(node.body) && hasUseServer(node.body.statements)) {
      lines.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}

function isWrapped(value: unknown): boolean {
  return typeof value === "function" && WRAPPED in value && value[WRAPPED] === true;
}

/** The exports of a "use server" module that are not wrapped actions. */
function unwrappedExports(module: Record<string, unknown>): string[] {
  return Object.entries(module)
    .filter(([, value]) => !isWrapped(value))
    .map(([name]) => name);
}

function reachesIntoApp(file: string, specifier: string): boolean {
  if (specifier === "@/app" || specifier.startsWith("@/app/")) return true;
  if (!specifier.startsWith(".")) return false;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return target === "app" || target.startsWith("app/");
}

const serverFiles = ["lib", "app", "components"].flatMap(sourceFiles).filter((file) => hasUseServer(parseFile(file).statements));

describe("the checks themselves", () => {
  it("report a bare exported function and a non-function, and pass every kind of wrapper", () => {
    const lookalike = Object.assign(async () => null, { [Symbol("tweestap.wrappedAction")]: true });
    const module = {
      bare: async () => ({ ok: true }),
      constant: 42,
      lookalike,
      signIn: publicAction(z.object({}), async () => null),
      member: userAction("member", z.object({}), async () => null),
      signOut: formAction(async () => {}),
    };
    expect(unwrappedExports(module)).toEqual(["bare", "constant", "lookalike"]);
  });

  it("see the directive only where Next.js does", () => {
    const file = (text: string) => hasUseServer(parse("x.ts", text).statements);
    expect(file(`"use server";\nexport async function act() {}`)).toBe(true);
    expect(file(`"use strict";\n'use server';\nexport async function act() {}`)).toBe(true);
    expect(file(`// "use server"\nexport async function act() {}`)).toBe(false);
    expect(file(`import { x } from "y";\n"use server";`)).toBe(false);
    expect(file(`export const note = "use server";`)).toBe(false);

    const inline = parse("x.tsx", `export default function Page() {\n  async function act() {\n    "use server";\n  }\n  return <form action={act} />;\n}`);
    expect(inlineActions(inline)).toEqual([2]);
  });

  it("recognise an import from app/, by alias or by relative path", () => {
    expect(reachesIntoApp("components/auth/form.tsx", "@/app/(auth)/login/actions")).toBe(true);
    expect(reachesIntoApp("components/auth/form.tsx", "../../app/(auth)/login/actions")).toBe(true);
    expect(reachesIntoApp("components/auth/form.tsx", "@/lib/actions/sign-in")).toBe(false);
    expect(reachesIntoApp("components/auth/form.tsx", "./app-shell")).toBe(false);
    const source = parse("x.tsx", `import a from "@/app/a";\nexport * from "../app/b";\nconst c = import("@/app/c");`);
    expect(importsOf(source)).toEqual(["@/app/a", "../app/b", "@/app/c"]);
  });
});

describe("server actions", () => {
  it('keeps every "use server" file in lib/actions/', () => {
    expect(serverFiles).toContain("lib/actions/sign-in.ts");
    expect(serverFiles.filter((file) => !file.startsWith("lib/actions/"))).toEqual([]);
  });

  it("has no inline server actions, which no wrapper could guard", () => {
    const found = ["lib", "app", "components"]
      .flatMap(sourceFiles)
      .flatMap((file) => inlineActions(parseFile(file)).map((line) => `${file}:${line}`));
    expect(found).toEqual([]);
  });

  it('exports only wrapped actions from every "use server" file', async () => {
    const unwrapped: string[] = [];
    for (const file of serverFiles) {
      const module: Record<string, unknown> = await import(path.join(root, file));
      expect(Object.keys(module).length, `${file} exports nothing`).toBeGreaterThan(0);
      unwrapped.push(...unwrappedExports(module).map((name) => `${file}: ${name}`));
    }
    expect(unwrapped).toEqual([]);
  });
});

describe("components", () => {
  it("never import from app/ (actions come from lib/actions)", () => {
    const found = sourceFiles("components").flatMap((file) =>
      importsOf(parseFile(file))
        .filter((specifier) => reachesIntoApp(file, specifier))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(found).toEqual([]);
  });
});
