// `npm test`: unit and integration tests (Vitest, real database), then the production
// build, then the browser tests (Playwright) against it. Stops at the first failure.
// The database is the one DATABASE_URL names, or fresh SQLite files when it is unset.
import { spawnSync } from "node:child_process";

const steps = [
  ["vitest", ["vitest", "run"]],
  ["build", ["next", "build"]],
  ["browser", ["playwright", "test"]],
];

for (const [name, args] of steps) {
  console.log(`\n=== ${name}: npx ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync("npx", args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (result.status !== 0) {
    console.error(`\n${name} failed (exit ${result.status ?? result.signal}) after ${seconds} s.`);
    process.exit(result.status || 1);
  }
  console.log(`=== ${name}: done in ${seconds} s`);
}
console.log("\nAll tests passed.");
