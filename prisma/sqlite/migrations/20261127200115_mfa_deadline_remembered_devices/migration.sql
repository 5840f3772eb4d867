-- AlterTable
ALTER TABLE "User" ADD COLUMN "mfaDueAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "mfaReminderDays" INTEGER;
ALTER TABLE "User" ADD COLUMN "mfaReminderFor" DATETIME;

-- AlterTable
ALTER TABLE "KnownDevice" ADD COLUMN "rememberedAt" DATETIME;
ALTER TABLE "KnownDevice" ADD COLUMN "rememberedUntil" DATETIME;
ALTER TABLE "KnownDevice" ADD COLUMN "userAgent" TEXT;

-- AlterTable
-- ADD COLUMN with a constant default, not Prisma's table rebuild: same columns, no new_Company copy.
ALTER TABLE "Company" ADD COLUMN "mfaDeadline" DATETIME;
ALTER TABLE "Company" ADD COLUMN "mfaGraceDays" INTEGER;
ALTER TABLE "Company" ADD COLUMN "rememberDevicesAllowed" BOOLEAN NOT NULL DEFAULT true;
