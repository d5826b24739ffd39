CREATE TABLE "sign_in_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sign_in_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"attempted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"username_key" text NOT NULL,
	"client_address" text,
	"outcome" text DEFAULT 'pending' NOT NULL,
	CONSTRAINT "sign_in_attempts_outcome_check" CHECK ("sign_in_attempts"."outcome" in ('pending', 'failed', 'succeeded', 'throttled'))
);
--> statement-breakpoint
CREATE INDEX "sign_in_attempts_username_idx" ON "sign_in_attempts" USING btree ("username_key","attempted_at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_address_idx" ON "sign_in_attempts" USING btree ("client_address","attempted_at");