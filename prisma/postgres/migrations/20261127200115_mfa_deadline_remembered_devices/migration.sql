-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "mfaDeadline" TIMESTAMP(3),
ADD COLUMN     "mfaGraceDays" INTEGER,
ADD COLUMN     "rememberDevicesAllowed" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mfaDueAt" TIMESTAMP(3),
ADD COLUMN     "mfaReminderDays" INTEGER,
ADD COLUMN     "mfaReminderFor" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "KnownDevice" ADD COLUMN     "rememberedAt" TIMESTAMP(3),
ADD COLUMN     "rememberedUntil" TIMESTAMP(3),
ADD COLUMN     "userAgent" TEXT;
