import { common } from "./common";
import { auth } from "./auth";
import { account } from "./account";
import { errors } from "./errors";
import { validation } from "./validation";
import { mail } from "./mail";
import { password } from "./password";

// Each area keeps its copy in its own file; the catalogue is their sum.
export const nl = { common, auth, account, errors, validation, mail, password };
