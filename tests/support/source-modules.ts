import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/*
 * Reading the project's own source as TypeScript sees it, for tests that check its shape
 * (which modules are actions, what a page can reach): comments and strings never pass for
 * imports or directives.
 */
export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

export function parse(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/** A file by its path from the project's root. */
export function parseFile(relative: string): ts.SourceFile {
  return parse(relative, fs.readFileSync(path.join(projectRoot, relative), "utf8"));
}

/** A directive ("use server", "use client") counts only in the prologue: a comment or a later string mentioning it does not. */
export function hasDirective(statements: ts.NodeArray<ts.Statement>, directive: string): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === directive) return true;
  }
  return false;
}

/** Module specifiers of static imports, re-exports and dynamic imports. */
export function importsOf(source: ts.SourceFile): string[] {
  const specifiers: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) specifiers.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}
