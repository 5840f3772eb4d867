import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * lib/ is framework-free below its edges: only these modules may import next/*. A new
 * import elsewhere fails here, so the domain stays testable without a request (issue 8),
 * and the README's architecture section names every edge.
 */
const EDGES = [
  "lib/actions/account.ts",
  "lib/actions/backup.ts",
  "lib/actions/employees.ts",
  "lib/actions/password-reset.ts",
  "lib/actions/safe-action.ts",
  "lib/actions/sign-up.ts",
  "lib/http/client-ip.ts",
  "lib/i18n/request-locale.ts",
  "lib/session/auth-config.ts",
  "lib/session/current-user.ts",
  "lib/session/guards.ts",
  "lib/sign-in/challenge-cookie.ts",
  "lib/sign-in/device-cookie.ts",
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const importsNext = (file: string) => /from\s+["']next\//.test(fs.readFileSync(file, "utf8"));

describe("framework edges under lib/", () => {
  it("only the edge modules import next/*", () => {
    const importing = sourceFiles("lib").filter(importsNext).sort();
    expect(importing).toEqual(EDGES);
  });

  it("the README's architecture section names every edge", () => {
    const readme = fs.readFileSync("README.md", "utf8");
    for (const edge of EDGES) {
      const named = readme.includes(edge) || (edge.startsWith("lib/actions/") && readme.includes("`lib/actions/*`"));
      expect(named, edge).toBe(true);
    }
  });

  it("would notice a domain module importing next/* (the check itself works)", () => {
    const dir = fs.mkdtempSync(path.join("lib", ".edge-check-"));
    try {
      fs.writeFileSync(path.join(dir, "domain.ts"), 'import { cookies } from "next/headers";\n');
      expect(sourceFiles(dir).filter(importsNext)).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
