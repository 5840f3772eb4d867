import type { Messages } from "../index";

// Each language is named in itself, so someone who cannot read the page still finds theirs.
export const language = {
  switchLabel: "Language",
  names: { nl: "Nederlands", en: "English" },
  title: "Language",
  intro: "The language of Tweestap and of the e-mails you receive from us.",
  submit: "Save language",
  pending: "Saving…",
  saved: "Your language has been saved.",
} satisfies Messages["language"];
