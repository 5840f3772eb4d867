import { format } from "@/lib/i18n";

/**
 * A short, readable name for the browser behind a session ("Firefox op Windows"), from its
 * User-Agent. Only for recognising one's own devices in a list: it proves nothing.
 */
const BROWSERS: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/Firefox\//, "Firefox"],
  [/Chrom(e|ium)\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad/, "iOS"],
  [/Android/, "Android"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/Linux/, "Linux"],
];

export function deviceLabel(userAgent: string | null): { browser: string | null; system: string | null } {
  if (!userAgent) return { browser: null, system: null };
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  return { browser, system };
}

/** The label in the reader's language: "Firefox op Windows", or what is known of it. */
export function deviceName(userAgent: string | null, copy: { deviceOn: string; unknownDevice: string }): string {
  const { browser, system } = deviceLabel(userAgent);
  if (browser && system) return format(copy.deviceOn, { browser, system });
  return browser ?? system ?? copy.unknownDevice;
}
