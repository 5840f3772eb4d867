-- AlterTable
-- ADD COLUMN with a constant default, not Prisma's table rebuild: same columns, no new_Company copy.
ALTER TABLE "Company" ADD COLUMN "alertRecoveryLogin" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Company" ADD COLUMN "alertMfaDisabled" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Company" ADD COLUMN "alertAuthenticatorReplaced" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Company" ADD COLUMN "alertSecondFactorLocked" BOOLEAN NOT NULL DEFAULT true;
