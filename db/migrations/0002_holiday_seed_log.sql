CREATE TABLE "seeded_holidays" (
	"date" date PRIMARY KEY NOT NULL,
	"seeded_at" timestamp with time zone DEFAULT now() NOT NULL
);
