import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { limitsTable, withLimitsTable } from "../../scripts/limits-table";

describe("the README's limits table", () => {
  it("is the one lib/limits.ts makes (run `npm run docs:limits` after changing a limit)", () => {
    const readme = fs.readFileSync("README.md", "utf8");
    expect(withLimitsTable(readme)).toBe(readme);
    expect(readme).toContain(limitsTable());
  });

  it("names every number of the limits module, so a changed value shows", () => {
    expect(limitsTable()).toMatch(/\| Password attempts from browsers that never signed in to the account \(from attempt 4 on, each waits 100 ms longer, up to 1 s\) \| account \| 10 \| 15 min \|/);
    expect(limitsTable()).toContain("| Login-link requests | login challenge | 3 | 10 min |");
  });
});
