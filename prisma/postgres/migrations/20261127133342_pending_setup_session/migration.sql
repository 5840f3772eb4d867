-- AlterTable
ALTER TABLE "TotpCredential" ADD COLUMN     "sessionId" TEXT;
