// Scripts read .env, .env.local, … exactly as Next does, so `npm run db:migrate`
// and the app agree on DATABASE_URL.
import nextEnv from "@next/env";

nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
