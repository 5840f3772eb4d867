/** The printed table: per kind of request, then the totals, then each check. */
import type { Check } from "./checks";
import { KINDS, type Tally } from "./tally";

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const cells = (values: (string | number)[], widths: number[]) =>
  values.map((value, i) => (i === 0 ? String(value).padEnd(widths[i]!) : String(value).padStart(widths[i]!))).join("  ");

export function printReport(title: string, tally: Tally, seconds: number, checks: Check[]): void {
  const widths = [20, 9, 8, 9, 9];
  console.log(`\n${title}\n`);
  console.log(cells(["kind", "requests", "req/s", "p50 ms", "p99 ms"], widths));
  const all: number[] = [];
  for (const kind of KINDS) {
    const times = [...tally.latencies[kind]].sort((a, b) => a - b);
    all.push(...times);
    console.log(cells([kind, times.length, (times.length / seconds).toFixed(1), percentile(times, 50).toFixed(0), percentile(times, 99).toFixed(0)], widths));
  }
  all.sort((a, b) => a - b);
  console.log(cells(["total", all.length, (all.length / seconds).toFixed(1), percentile(all, 50).toFixed(0), percentile(all, 99).toFixed(0)], widths));
  console.log("");
  for (const check of checks) console.log(`${check.ok ? "ok  " : "FAIL"}  ${check.name.padEnd(42)} ${check.detail}`);
}
