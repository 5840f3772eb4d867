import type { Messages } from "../index";
import { common } from "./common";
import { auth } from "./auth";
import { account } from "./account";
import { errors } from "./errors";
import { validation } from "./validation";
import { mail } from "./mail";
import { password } from "./password";
import { mfa } from "./mfa";
import { employees } from "./employees";
import { invite } from "./invite";
import { link } from "./link";
import { backup } from "./backup";
import { reset } from "./reset";
import { signUp } from "./sign-up";
import { language } from "./language";
import { rememberedDevices } from "./remembered-devices";
import { mfaDeadline } from "./mfa-deadline";

// Mirrors lib/i18n/nl/: each area file `satisfies` its Dutch counterpart, so a key missing
// or extra in any of them fails the typecheck; this object does the same for the areas.
export const en = { common, auth, account, errors, validation, mail, password, mfa, employees, invite, link, backup, reset, signUp, language, mfaDeadline, rememberedDevices } satisfies Messages;
