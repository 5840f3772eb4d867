import { describe, expect, it } from "vitest";
import { fromAcceptLanguage, negotiateLocale } from "@/lib/i18n/negotiate";
import { formatDateTime } from "@/lib/i18n/dates";
import { isLocale, messages } from "@/lib/i18n";

describe("the language of a page", () => {
  it("is a signed-in person's stored choice, whatever the browser says", () => {
    expect(negotiateLocale({ stored: "en", cookie: "nl", acceptLanguage: "nl-NL" })).toBe("en");
    expect(negotiateLocale({ stored: "nl", cookie: "en", acceptLanguage: "en-GB" })).toBe("nl");
  });

  it("is the switch's cookie for a visitor, before the browser's language", () => {
    expect(negotiateLocale({ cookie: "en", acceptLanguage: "nl-NL,nl;q=0.9" })).toBe("en");
    expect(negotiateLocale({ cookie: "nl", acceptLanguage: "en-US" })).toBe("nl");
  });

  it("is the browser's language when there is no choice", () => {
    expect(negotiateLocale({ acceptLanguage: "en-GB,en;q=0.9" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "nl-BE" })).toBe("nl");
  });

  it("is Dutch when nothing usable is known", () => {
    expect(negotiateLocale({})).toBe("nl");
    expect(negotiateLocale({ stored: "fr", cookie: "de", acceptLanguage: "fr-FR,de;q=0.5" })).toBe("nl");
    expect(negotiateLocale({ cookie: "__proto__", acceptLanguage: "*" })).toBe("nl");
  });
});

describe("Accept-Language", () => {
  it.each([
    ["en-GB,en;q=0.9,nl;q=0.8", "en"],
    ["de-DE,de;q=0.9,en;q=0.8,nl;q=0.7", "en"],
    ["fr;q=0.9, nl;q=0.4, en;q=0.5", "en"],
    ["nl;q=0.5,en;q=0.5", "nl"], // equal quality: the order given decides
    ["EN-us", "en"],
    ["en;q=0,nl", "nl"], // q=0 means "not this one"
    ["en;q=zero,nl;q=0.1", "nl"],
  ])("%j gives %j", (header, expected) => {
    expect(fromAcceptLanguage(header)).toBe(expected);
  });

  it.each([null, "", "fr-FR", "*", ";;;,,,", "x".repeat(5000)])("%j gives nothing", (header) => {
    expect(fromAcceptLanguage(header)).toBeNull();
  });
});

describe("dates and catalogues per language", () => {
  const when = new Date("2026-03-05T14:30:00Z");

  it("writes dates in the reader's language, in the company's time zone", () => {
    expect(formatDateTime(when, "nl", "long")).toMatch(/5 maart 2026.*15:30/);
    expect(formatDateTime(when, "en", "long")).toMatch(/5 March 2026.*15:30/);
  });

  it("has an English catalogue and falls back to Dutch for an unknown language", () => {
    expect(isLocale("en")).toBe(true);
    expect(messages("en").auth.login.title).toBe("Sign in");
    expect(messages("xx").auth.login.title).toBe("Inloggen");
  });
});
