/**
 * The README's limits table, made from lib/limits.ts so the two cannot drift apart:
 * `npm run docs:limits` rewrites the block between the markers in README.md, and
 * tests/unit/limits-table.test.ts fails when the README's block is not what this makes.
 */
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import * as rules from "../lib/limits";

const { limits } = rules;

export const START = "<!-- limits:start (npm run docs:limits) -->";
export const END = "<!-- limits:end -->";

function duration(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) return `${minutes / 60} h`;
  const days = minutes / (24 * 60);
  return days === 1 ? "1 day" : `${days} days`;
}

// One line per limit; the Record type makes a limit without a line a compile error.
const counted: Record<keyof typeof limits, [what: string, per: string]> = {
  passwordPerAccount: [
    `Password attempts from browsers that never signed in to the account (from attempt ${rules.STRANGER_DELAY_FREE_FAILURES + 2} on, each waits ${rules.STRANGER_DELAY_STEP_MS} ms longer, up to ${rules.STRANGER_DELAY_MAX_MS / 1000} s)`,
    "account",
  ],
  passwordPerIp: ["Password attempts from such browsers", "client IP"],
  passwordPerKnownDevice: ["Password attempts from a browser that signed in to the account before", "browser and account"],
  registrationPerIp: ["Registrations", "client IP"],
  registrationPerAddress: ["Registrations (each sends a mail)", "e-mail address"],
  recoveryPerIp: ["Recovery codes tried", "client IP"],
  loginLinkPerChallenge: ["Login-link requests", "login challenge"],
  loginLinkPerIp: ["Login-link requests", "client IP"],
  askOwnerPerChallenge: ["Requests to the owner for an MFA reset (each mails the owners)", "login challenge"],
  askOwnerPerIp: ["Requests to the owner for an MFA reset", "client IP"],
  backupConfirmPerAccount: ["Backup-address confirmation mails", "account"],
  passwordResetPerAccount: ["Password-reset requests", "e-mail address"],
  passwordResetPerIp: ["Password-reset requests", "client IP"],
};

export function limitsTable(): string {
  const rows = [
    "| What is counted | Per | How many | Window / how long |",
    "|---|---|---|---|",
    ...Object.entries(counted).map(([name, [what, per]]) => {
      const limit = limits[name as keyof typeof limits];
      return `| ${what} | ${per} | ${limit.limit} | ${duration(limit.windowMs)} |`;
    }),
    `| Wrong authenticator codes (sign-in and re-authentication) | account | ${rules.LOCK_AFTER_FAILURES} | codes locked ${duration(rules.LOCK_DURATION_MS)}; recovery codes and the link keep working |`,
    `| Consecutive wrong authenticator codes | account | ${rules.MAX_CONSECUTIVE_FAILURES} | codes locked until a recovery code, the link or the owner's reset |`,
    `| Wrong answers at the second step | login challenge | ${rules.MAX_CHALLENGE_FAILURES} | the challenge is void: start again with the password |`,
    "",
    "| Lifetime | How long |",
    "|---|---|",
    `| Login challenge (between password and second step) | ${duration(rules.CHALLENGE_TTL_MS)} |`,
    `| Login link to the backup address | ${duration(rules.LINK_MAX_AGE_S * 1000)} |`,
    `| Session cookie (renewed while in use) | ${duration(rules.SESSION_MAX_AGE_S * 1000)} |`,
    `| A fresh sign-in counts as re-authentication | ${duration(rules.RECENT_SIGN_IN_MS)} |`,
    `| Authenticator key shown but not yet confirmed | ${duration(rules.PENDING_SETUP_TTL_MS)} |`,
    `| Password-reset link | ${duration(rules.PASSWORD_RESET_TTL_MS)} |`,
    `| Sign-up confirmation link | ${duration(rules.REGISTRATION_TTL_MS)} |`,
    `| Backup-address confirmation link | ${duration(rules.BACKUP_CONFIRM_TTL_MS)} |`,
    `| Invitation | ${duration(rules.INVITATION_TTL_MS)} |`,
    `| Between two MFA reminder mails to one employee | ${duration(rules.REMINDER_INTERVAL_MS)} |`,
    `| A browser stays known to an account after its last sign-in | ${duration(rules.DEVICE_COOKIE_MAX_AGE_S * 1000)} |`,
  ];
  return rows.join("\n");
}

export function withLimitsTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n${limitsTable()}\n${readme.slice(end)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  fs.writeFileSync("README.md", withLimitsTable(fs.readFileSync("README.md", "utf8")));
  console.log("README.md: limits table updated from lib/limits.ts");
}
