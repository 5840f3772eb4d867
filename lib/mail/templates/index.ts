// Every mail, so a caller (and the template test) imports them from one place whatever the area.
export type { MailContent } from "./compose";
export * from "./account";
export * from "./employees";
export * from "./owner-alerts";
export * from "./second-factor";
export * from "./sign-in";
export * from "./sign-up";
export * from "./ask-owner";
export * from "./mfa-deadline";
