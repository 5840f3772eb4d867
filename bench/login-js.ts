/**
 * The gzip size of the JavaScript the browser loads for /login: every `<script src>` chunk
 * except Next's `nomodule` polyfills, which a browser with ES modules never fetches
 * (tests/e2e/client-js.e2e.ts measures what Chromium really fetches, and agrees).
 */
import { gzipSync } from "node:zlib";

export async function loginJavaScript(baseUrl: string): Promise<{ gzipBytes: number; chunks: number }> {
  const html = await (await fetch(`${baseUrl}/login`)).text();
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = match[1] ?? "";
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src && !/\bnomodule\b/i.test(attributes)) sources.add(src.replaceAll("&amp;", "&"));
  }
  let gzipBytes = 0;
  for (const src of sources) {
    const response = await fetch(new URL(src, baseUrl));
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    gzipBytes += gzipSync(Buffer.from(await response.arrayBuffer())).length;
  }
  return { gzipBytes, chunks: sources.size };
}
