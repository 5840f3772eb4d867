import { describe, expect, it } from "vitest";
import { deviceLabel } from "@/lib/session/device-label";

describe("deviceLabel", () => {
  it.each([
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36 Edg/156.0", "Edge", "Windows"],
    ["Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0", "Firefox", "Linux"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1", "Safari", "iOS"],
    ["Mozilla/5.0 (Linux; Android 15; Pixel 7) AppleWebKit/537.36 Chrome/156.0 Mobile Safari/537.36", "Chrome", "Android"],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15", "Safari", "macOS"],
  ])("names %s", (userAgent, browser, system) => {
    expect(deviceLabel(userAgent)).toEqual({ browser, system });
  });

  it("says nothing it does not know", () => {
    expect(deviceLabel(null)).toEqual({ browser: null, system: null });
    expect(deviceLabel("curl/8.5")).toEqual({ browser: null, system: null });
  });
});
