DROP INDEX "complaints_received_at_idx";--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "verification_days" integer;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "first_response_days" integer;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "resolution_days" integer;--> statement-breakpoint
CREATE INDEX "complaints_received_at_id_idx" ON "complaints" USING btree ("received_at","id");--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_clock_lengths_check" CHECK (coalesce("complaints"."verification_days", 0) >= 0 and coalesce("complaints"."first_response_days", 0) >= 0
        and coalesce("complaints"."resolution_days", 0) >= 0);