/**
 * What POST /api/login answers on success. `signedIn`: the session now exists, so the whole
 * page tree (the root layout's language included) must come from the server again.
 */
export type LoginStepResult = { redirectTo: string; signedIn: boolean };

/** The path of the password step's route handler (app/api/login/route.ts). */
export const LOGIN_STEP_PATH = "/api/login";
