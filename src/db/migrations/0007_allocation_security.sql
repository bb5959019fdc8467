-- Tenant isolation and grants for the waiting list's overrides, allocation rounds and offers.
ALTER TABLE "person" ADD CONSTRAINT "person_gender_check" CHECK ("gender" in ('female', 'male', 'other'));--> statement-breakpoint
ALTER TABLE "priority_override" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "allocation_round" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "offer" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "priority_override" TO husly_app;--> statement-breakpoint
-- A round is kept exactly as it ran: the app may record the meeting's choices and when offers went out, never rewrite the run.
GRANT SELECT, INSERT ON "allocation_round" TO husly_app;--> statement-breakpoint
GRANT UPDATE ("choices", "offers_sent_at") ON "allocation_round" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "offer" TO husly_app;
