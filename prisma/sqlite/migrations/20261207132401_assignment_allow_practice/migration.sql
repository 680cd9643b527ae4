-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN "allowPractice" BOOLEAN NOT NULL DEFAULT false;
