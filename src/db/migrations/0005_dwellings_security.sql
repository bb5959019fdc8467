-- Exclusion constraints, one-open-task index, tenant isolation and grants for dwellings, leases, rent and temporary accommodation.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
-- husleieloven: one dwelling is never let twice at once; the database refuses overlapping leases.
ALTER TABLE "lease" ADD CONSTRAINT "lease_no_overlap" EXCLUDE USING gist ("municipality_id" WITH =, "dwelling_id" WITH =, daterange("start_date", "end_date", '[)') WITH &&) WHERE ("status" <> 'cancelled');--> statement-breakpoint
ALTER TABLE "dwelling_status_period" ADD CONSTRAINT "dwelling_status_period_no_overlap" EXCLUDE USING gist ("municipality_id" WITH =, "dwelling_id" WITH =, daterange("from_date", "to_date", '[)') WITH &&);--> statement-breakpoint
CREATE UNIQUE INDEX "task_one_open_per_signal" ON "task" ("municipality_id", "signal_key") WHERE "closed_on" IS NULL;--> statement-breakpoint
ALTER TABLE "dwelling" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "dwelling_status_period" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "lease" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "rent_adjustment" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "eviction_step" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "renewal_assessment" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "rent_charge" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "rent_payment" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "task" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "temp_provider" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "temp_place" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "temp_stay" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "dwelling" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "dwelling_status_period" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "lease" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "rent_adjustment" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "eviction_step" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "renewal_assessment" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "rent_charge" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "rent_payment" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "task" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "temp_provider" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "temp_place" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "temp_stay" TO husly_app;
