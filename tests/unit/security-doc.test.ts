import fs from "node:fs";
import { describe, expect, it } from "vitest";

/*
 * docs/SECURITY.md names, for each rule, the tests that prove it: `file` › "name", "name".
 * Tests get renamed and moved; then the document would claim a proof that no longer exists.
 * A name may leave out a computed part with "…" (template literals), and quotes inside a
 * name are written \" as in the source.
 */

const DOC = "docs/SECURITY.md";
type Citation = { file: string; name: string; line: number };

const unescape = (text: string): string => text.replace(/\\"/g, '"');

function citations(): Citation[] {
  const found: Citation[] = [];
  fs.readFileSync(DOC, "utf8")
    .split("\n")
    .forEach((text, index) => {
      // Rules are list items; prose elsewhere may mention a test file without citing it.
      if (!text.startsWith("- ")) return;
      // Odd parts are the cited paths, each followed by its names.
      const parts = text.split(/`(tests\/[^`]+)`/);
      for (let i = 1; i < parts.length; i += 2) {
        const names = /^ › ((?:"(?:[^"\\]|\\.)*"(?:, )?)+)/.exec(parts[i + 1] ?? "");
        // A path without names proves nothing: an empty name fails below with its line.
        if (!names?.[1]) found.push({ file: parts[i] ?? "", name: "", line: index + 1 });
        for (const match of names?.[1]?.matchAll(/"((?:[^"\\]|\\.)*)"/g) ?? []) {
          found.push({ file: parts[i] ?? "", name: unescape(match[1] ?? ""), line: index + 1 });
        }
      }
    });
  return found;
}

/** The parts around each "…" appear in the file in this order. */
function occursIn(source: string, name: string): boolean {
  let from = 0;
  for (const part of name.split("…")) {
    const at = source.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

describe(DOC, () => {
  const all = citations();

  it("cites tests at all (the parser itself works)", () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it.each(all)("line $line: $file › $name", ({ file, name }) => {
    expect(name, "a cited file needs › and a quoted test name").not.toBe("");
    expect(fs.existsSync(file), `${file} exists`).toBe(true);
    expect(occursIn(unescape(fs.readFileSync(file, "utf8")), name), `"${name}" in ${file}`).toBe(true);
  });
});
