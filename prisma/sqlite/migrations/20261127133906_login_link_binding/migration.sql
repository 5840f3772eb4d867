-- AlterTable
ALTER TABLE "VerificationToken" ADD COLUMN "challengeId" TEXT;
ALTER TABLE "VerificationToken" ADD COLUMN "proofExpires" DATETIME;
ALTER TABLE "VerificationToken" ADD COLUMN "proofHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_key" ON "VerificationToken"("identifier");
