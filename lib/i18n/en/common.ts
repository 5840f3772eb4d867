import type { Messages } from "../index";

export const common = {
  appName: "Tweestap",
  description: "Sign-in and account security",
  loading: "Loading…",
  save: "Save",
  cancel: "Cancel",
  back: "Back",
  close: "Close",
} satisfies Messages["common"];
