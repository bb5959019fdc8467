-- Tenant isolation and grants for the people and cases tables (see 0001_security.sql).
ALTER TABLE "person" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "person_representative" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "household" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "household_member" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "consent" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "help_request" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_number_sequence" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "housing_case" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "eligibility_rule_set" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "eligibility_evaluation" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "decision" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "appeal" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_note" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_document" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "letter" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "person" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "person_representative" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "household" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "household_member" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "consent" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "help_request" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "case_number_sequence" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "housing_case" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "eligibility_rule_set" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "eligibility_evaluation" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "decision" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "appeal" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "case_note" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "case_document" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "letter" TO husly_app;
