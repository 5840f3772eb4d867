// Generates the Prisma client for both databases (lib/db/generated/{sqlite,postgres}),
// so one build serves either; lib/db/client.ts picks one by DATABASE_URL.
//
// Prisma's CLI downloads a native schema engine before every command, which fails
// offline. `generate` never uses that engine, so pointing PRISMA_SCHEMA_ENGINE_BINARY
// at any existing file skips the download (see README, "Offline installs").
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? prismaCli,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const root = fileURLToPath(new URL("..", import.meta.url));

for (const provider of ["sqlite", "postgres"]) {
  execFileSync(process.execPath, [prismaCli, "generate", "--schema", `prisma/${provider}/schema.prisma`], {
    cwd: root,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
}
