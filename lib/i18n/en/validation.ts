import type { Messages } from "../index";

// Messages for zod issues; the schemas carry these keys, the forms show the text.
export const validation = {
  required: "Please fill in this field.",
  tooLong: "This is too long.",
  emailRequired: "Enter your e-mail address.",
  emailInvalid: "Enter a valid e-mail address, such as name@company.com, using only ordinary letters, digits and punctuation.",
  passwordRequired: "Enter your password.",
} satisfies Messages["validation"];
