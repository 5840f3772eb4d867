-- AlterTable
ALTER TABLE "SignInSession" ADD COLUMN "previousSignInAt" DATETIME;

-- Sessions open at the upgrade: the sign-in before the newest one up to the session's start,
-- as the dashboard used to read it.
UPDATE "SignInSession" SET "previousSignInAt" = (
  SELECT a."createdAt" FROM "ActivityEvent" a
  WHERE a."userId" = "SignInSession"."userId" AND a."type" = 'LOGIN_SUCCEEDED' AND a."createdAt" <= "SignInSession"."createdAt"
  ORDER BY a."createdAt" DESC LIMIT 1 OFFSET 1
);
