/**
 * `npm start` runs this first: a production server with a missing or wrong setting
 * (AUTH_SECRET, MFA_ENCRYPTION_KEY, no mail transport, …) refuses to start, with a
 * message naming the variable, instead of failing at its first request.
 */
import "./load-env";
import { env } from "../lib/env";

try {
  env();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
