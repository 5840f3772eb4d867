-- AlterTable
ALTER TABLE "VerificationToken" ADD COLUMN     "challengeId" TEXT,
ADD COLUMN     "proofExpires" TIMESTAMP(3),
ADD COLUMN     "proofHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_key" ON "VerificationToken"("identifier");
