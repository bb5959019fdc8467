-- Tenant isolation and grants for follow-up, Housing First, neighbourhood work and private rental partnerships.
ALTER TABLE "followup_plan" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "followup_service" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "followup_contact" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "followup_note" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "followup_settings" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "housing_first_participant" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "housing_first_target" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "fidelity_assessment" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "rent_to_own_plan" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "calculator_parameter" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "neighbour_case" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "neighbour_case_party" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "neighbour_case_event" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "building_activity" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "caretaker_task" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "landlord" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "landlord_agreement" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "private_lease_help" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "refugee_settlement" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "boligskole_attendance" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Assessments, notes and dialogue records are kept as written: the app may add, not rewrite.
GRANT SELECT, INSERT ON "fidelity_assessment" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT ON "followup_note" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT ON "neighbour_case_event" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT ON "boligskole_attendance" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "followup_plan" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "followup_service" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "followup_contact" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "followup_settings" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "housing_first_participant" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "housing_first_target" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "rent_to_own_plan" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "calculator_parameter" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "neighbour_case" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "neighbour_case_party" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "building_activity" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "caretaker_task" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "landlord" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "landlord_agreement" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "private_lease_help" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "refugee_settlement" TO husly_app;
