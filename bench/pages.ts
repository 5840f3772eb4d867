/**
 * Signed-in pages against the signed-out /login, in interleaved rounds (login, dashboard,
 * account, login, ...): each round's ratio is taken under that moment's load, and the
 * figure is the median ratio.
 */
import { pageLoad } from "./load";
import { fixed, median, type Figure } from "./report";
import { problemsOf } from "./sign-ins";

const CONNECTIONS = 4;
// Short slices, many rounds: a burst of other work on the machine then spoils one round's
// ratio, not the median. The same total time as three rounds of the phase length.
const SLICE_SECONDS = 2;

export async function pageRatios(baseUrl: string, cookie: string, seconds: number): Promise<Figure[]> {
  const pages = [
    { path: "/login", cookie: null },
    { path: "/dashboard", cookie },
    { path: "/account", cookie },
  ];
  for (const page of pages) await pageLoad(baseUrl, page.path, page.cookie, CONNECTIONS, 2);
  const rounds: Record<string, number>[] = [];
  const roundCount = Math.max(3, Math.round((3 * seconds) / SLICE_SECONDS));
  for (let round = 0; round < roundCount; round++) {
    const rates: Record<string, number> = {};
    for (const page of pages) {
      const result = await pageLoad(baseUrl, page.path, page.cookie, CONNECTIONS, Math.min(seconds, SLICE_SECONDS));
      // A redirect to /login or an error page must never pass for a fast signed-in page.
      const problem = problemsOf(result, page.path);
      if (problem) throw new Error(problem);
      rates[page.path] = result.perSecond;
    }
    rounds.push(rates);
  }
  return ["/dashboard", "/account"].map((path) => {
    const ratios = rounds.map((r) => r[path]! / r["/login"]!);
    const ratio = median(ratios);
    return {
      name: `signed-in ${path} ÷ signed-out /login`,
      value: `${fixed(ratio, 2)}× (${fixed(median(rounds.map((r) => r[path]!)), 0)} / ${fixed(median(rounds.map((r) => r["/login"]!)), 0)} req/s)`,
      target: "≥ 0.9×",
      ok: ratio >= 0.9,
      note: `${ratios.length} rounds of ${Math.min(seconds, SLICE_SECONDS)} s, ratios ${fixed(Math.min(...ratios), 2)}–${fixed(Math.max(...ratios), 2)}`,
    };
  });
}
