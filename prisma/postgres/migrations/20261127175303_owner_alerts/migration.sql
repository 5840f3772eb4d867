-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "alertAuthenticatorReplaced" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "alertMfaDisabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "alertRecoveryLogin" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "alertSecondFactorLocked" BOOLEAN NOT NULL DEFAULT true;
