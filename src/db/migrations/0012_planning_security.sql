-- Tenant isolation and grants for the action plan, council reports, building projects and the homelessness count.
ALTER TABLE "action_plan" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "action_plan_goal" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "action_plan_measure" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "action_plan_target" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "action_plan_quota" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "action_plan_revision" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "council_report" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "building_project" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "building_project_quota" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "building_project_check" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "homelessness_count" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- The plan's revisions and a submitted count are kept as written.
GRANT SELECT, INSERT ON "action_plan_revision" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT ON "homelessness_count" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "action_plan" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "action_plan_goal" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "action_plan_measure" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "action_plan_target" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "action_plan_quota" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "council_report" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "building_project" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "building_project_quota" TO husly_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "building_project_check" TO husly_app;--> statement-breakpoint
-- A published report is an immutable snapshot: only a draft may be changed or deleted.
CREATE FUNCTION husly_council_report_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'a published council report cannot be changed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER council_report_published_immutable BEFORE UPDATE OR DELETE ON "council_report"
  FOR EACH ROW EXECUTE FUNCTION husly_council_report_guard();
