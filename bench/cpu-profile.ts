/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and tells where the main thread's time went
 * during a window: self time per function and per module. Functions in Next's server
 * chunks are traced back to their source file through the chunks' source maps, so app
 * code, Auth.js, Prisma and React show up under their own names.
 */
import fs from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

export type Where = { module: string; fn: string };
export type Summary = {
  windowMs: number;
  busyMs: number;
  byModule: [string, number][];
  byFunction: [string, number][];
  /** Time with the module anywhere on the stack: what it costs including what it calls. */
  inclusive: [string, number][];
};

const maps = new Map<string, SourceMap | null>();

function sourceMapOf(file: string): SourceMap | null {
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    maps.set(file, fs.existsSync(mapFile) ? new SourceMap(JSON.parse(fs.readFileSync(mapFile, "utf8"))) : null);
  }
  return maps.get(file) ?? null;
}

/** A source path as a reader wants it: no bundler prefix, no `../` climb, no URL escapes. */
function shortPath(path: string): string {
  return decodeURIComponent(path)
    .replace(/^turbopack:\/\/\/?/, "")
    .replace(/^\[project\]\//, "")
    .replace(/ \[.*$/, "")
    .replace(/^(\.\.\/)+/, "")
    .replace(`${process.cwd()}/`, "")
    .replace(/^.*node_modules\//, "node_modules/");
}

/** "next", "@prisma/client", "lib/sign-in/password-step.ts", "node:internal/streams", ... */
function moduleOf(path: string): string {
  const short = shortPath(path);
  const pkg = short.match(/^node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1]!.replace(/-[0-9a-f]{16}$/, "");
  if (short.startsWith("node:")) return short.split("/").slice(0, 2).join("/");
  return short;
}

// Minified names say nothing ("a", "eY"): the original file and line do.
const readable = (fn: string) => (fn.length > 3 ? `${fn} ` : "");

function locate(frame: CallFrame): Where {
  const fn = frame.functionName || "(anonymous)";
  if (!frame.url) return { module: fn.startsWith("(") ? fn : "(native)", fn };
  if (frame.url.startsWith("node:")) return { module: moduleOf(frame.url), fn: `${fn} ${frame.url}` };
  const file = frame.url.startsWith("file:") ? fileURLToPath(frame.url) : frame.url;
  const map = file.includes("/server/chunks/") ? sourceMapOf(file) : null;
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
  if (entry && "originalSource" in entry && entry.originalSource) {
    return { module: moduleOf(entry.originalSource), fn: `${readable(fn)}${shortPath(entry.originalSource)}:${entry.originalLine + 1}` };
  }
  return { module: moduleOf(file), fn: `${fn} ${shortPath(file)}:${frame.lineNumber + 1}` };
}

/** `from`/`to`: the window in the profile's clock (µs, CLOCK_MONOTONIC, like process.hrtime). */
export function summarise(file: string, from: number, to: number): Summary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const where = new Map<number, Where>(profile.nodes.map((node) => [node.id, locate(node.callFrame)]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let time = profile.startTime;
  let busyMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i]!;
    const next = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1]! : 0;
    if (time < from || time > to) continue;
    const w = where.get(profile.samples[i]!)!;
    if (w.module === "(idle)") continue;
    const ms = next / 1000;
    busyMs += ms;
    byModule.set(w.module, (byModule.get(w.module) ?? 0) + ms);
    const key = `${w.fn}  [${w.module}]`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    const onStack = new Set<string>();
    for (let id: number | undefined = profile.samples[i]!; id !== undefined; id = parent.get(id)) onStack.add(where.get(id)!.module);
    for (const module of onStack) inclusive.set(module, (inclusive.get(module) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { windowMs: (to - from) / 1000, busyMs, byModule: sorted(byModule), byFunction: sorted(byFunction), inclusive: sorted(inclusive) };
}

export function formatSummary(summary: Summary, signIns: number, top = 25): string {
  const per = (ms: number) => `${(ms / signIns).toFixed(2).padStart(6)} ms/sign-in  ${((ms / summary.busyMs) * 100).toFixed(1).padStart(5)}%`;
  const lines = [
    `window ${(summary.windowMs / 1000).toFixed(1)} s, ${signIns} sign-ins; main thread busy ${(summary.busyMs / 1000).toFixed(1)} s ` +
      `= ${(summary.busyMs / signIns).toFixed(1)} ms of JavaScript per sign-in (argon2 runs on the thread pool, not in this profile)`,
    "",
    "self time by module:",
    ...summary.byModule.slice(0, top).map(([name, ms]) => `  ${per(ms)}  ${name}`),
    "",
    "self time by function:",
    ...summary.byFunction.slice(0, top).map(([name, ms]) => `  ${per(ms)}  ${name}`),
    "",
    "time with the module on the stack (inclusive; the app's own files show which step costs what):",
    ...summary.inclusive.filter(([name]) => name !== "(root)").slice(0, top).map(([name, ms]) => `  ${per(ms)}  ${name}`),
  ];
  return lines.join("\n");
}
