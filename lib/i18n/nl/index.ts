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

// Each area keeps its copy in its own file; the catalogue is their sum.
export const nl = { common, auth, account, errors, validation, mail, password, mfa, employees, invite, link, backup, reset, signUp, language, mfaDeadline, rememberedDevices };
