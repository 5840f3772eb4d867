/** One line of the bench table: a measured figure beside its target. */
export type Figure = {
  name: string;
  value: string;
  target: string;
  ok: boolean;
  /** Why a figure is not trustworthy or what it is made of, shown under the table. */
  note?: string;
};

export function printTable(figures: Figure[], heading: string): void {
  const width = (pick: (f: Figure) => string, title: string) => Math.max(title.length, ...figures.map((f) => pick(f).length));
  const w = [width((f) => f.name, "figure"), width((f) => f.value, "measured"), width((f) => f.target, "target")];
  const row = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(w[i] ?? 4)).join(" | ")} |`;
  console.log(`\n${heading}\n`);
  console.log(row(["figure", "measured", "target", "ok  "]));
  console.log(`|${[...w, 4].map((n) => "-".repeat(n + 2)).join("|")}|`);
  for (const f of figures) console.log(row([f.name, f.value, f.target, f.ok ? "ok" : "MISS"]));
  const notes = figures.filter((f) => f.note);
  if (notes.length) console.log("");
  for (const f of notes) console.log(`- ${f.name}: ${f.note}`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const fixed = (n: number, digits = 1) => n.toFixed(digits);
