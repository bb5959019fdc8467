CREATE TABLE "action_plan" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"from_year" smallint NOT NULL,
	"to_year" smallint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"adopted_on" date,
	"adopted_ref" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_plan_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "action_plan_years_check" CHECK ("action_plan"."from_year" between 2000 and 2100 and "action_plan"."to_year" between "action_plan"."from_year" and "action_plan"."from_year" + 20),
	CONSTRAINT "action_plan_status_check" CHECK ("action_plan"."status" in ('draft', 'adopted', 'archived')),
	CONSTRAINT "action_plan_adopted_check" CHECK (("action_plan"."status" = 'draft') or ("action_plan"."adopted_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "action_plan" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "action_plan_goal" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "action_plan_goal_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "action_plan_goal" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "action_plan_measure" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"owner" text NOT NULL,
	"deadline" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "action_plan_measure_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "action_plan_measure_status_check" CHECK ("action_plan_measure"."status" in ('planned', 'in_progress', 'done', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "action_plan_measure" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "action_plan_quota" (
	"municipality_id" integer NOT NULL,
	"plan_id" uuid NOT NULL,
	"group_key" text NOT NULL,
	"share_percent" numeric(5, 2) NOT NULL,
	"min_units" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "action_plan_quota_municipality_id_plan_id_group_key_pk" PRIMARY KEY("municipality_id","plan_id","group_key"),
	CONSTRAINT "action_plan_quota_check" CHECK ("action_plan_quota"."share_percent" > 0 and "action_plan_quota"."share_percent" <= 100 and "action_plan_quota"."min_units" >= 0)
);
--> statement-breakpoint
ALTER TABLE "action_plan_quota" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "action_plan_revision" (
	"municipality_id" integer NOT NULL,
	"plan_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"revised_by" uuid NOT NULL,
	"revised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"summary" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	CONSTRAINT "action_plan_revision_municipality_id_plan_id_revision_pk" PRIMARY KEY("municipality_id","plan_id","revision")
);
--> statement-breakpoint
ALTER TABLE "action_plan_revision" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "action_plan_target" (
	"municipality_id" integer NOT NULL,
	"plan_id" uuid NOT NULL,
	"indicator_id" text NOT NULL,
	"year" smallint NOT NULL,
	"goal_id" uuid,
	"direction" text NOT NULL,
	"target" numeric(12, 2) NOT NULL,
	"tolerance" numeric(12, 2) DEFAULT 0 NOT NULL,
	CONSTRAINT "action_plan_target_municipality_id_plan_id_indicator_id_year_pk" PRIMARY KEY("municipality_id","plan_id","indicator_id","year"),
	CONSTRAINT "action_plan_target_direction_check" CHECK ("action_plan_target"."direction" in ('at_most', 'at_least')),
	CONSTRAINT "action_plan_target_tolerance_check" CHECK ("action_plan_target"."tolerance" >= 0 and "action_plan_target"."year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "action_plan_target" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "building_project" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"developer" text DEFAULT '' NOT NULL,
	"district_code" text,
	"units_total" integer NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"startup_meeting_on" date,
	"expected_completion_on" date,
	"completed_on" date,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "building_project_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "building_project_kind_check" CHECK ("building_project"."kind" in ('zoning_plan', 'building_project')),
	CONSTRAINT "building_project_status_check" CHECK ("building_project"."status" in ('registered', 'startup_meeting', 'in_review', 'approved', 'under_construction', 'completed', 'cancelled')),
	CONSTRAINT "building_project_units_check" CHECK ("building_project"."units_total" between 1 and 100000),
	CONSTRAINT "building_project_completed_check" CHECK (("building_project"."status" = 'completed') = ("building_project"."completed_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "building_project" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "building_project_check" (
	"municipality_id" integer NOT NULL,
	"project_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"checked_by" uuid,
	"checked_at" timestamp with time zone,
	CONSTRAINT "building_project_check_municipality_id_project_id_item_key_pk" PRIMARY KEY("municipality_id","project_id","item_key")
);
--> statement-breakpoint
ALTER TABLE "building_project_check" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "building_project_quota" (
	"municipality_id" integer NOT NULL,
	"project_id" uuid NOT NULL,
	"group_key" text NOT NULL,
	"planned_units" integer NOT NULL,
	CONSTRAINT "building_project_quota_municipality_id_project_id_group_key_pk" PRIMARY KEY("municipality_id","project_id","group_key"),
	CONSTRAINT "building_project_quota_units_check" CHECK ("building_project_quota"."planned_units" >= 0)
);
--> statement-breakpoint
ALTER TABLE "building_project_quota" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "council_report" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid,
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"language" text DEFAULT 'nb' NOT NULL,
	"narrative" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"data_version" text,
	"snapshot" jsonb,
	"pdf" "bytea",
	"previous_report_id" uuid,
	CONSTRAINT "council_report_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "council_report_status_check" CHECK ("council_report"."status" in ('draft', 'published')),
	CONSTRAINT "council_report_period_check" CHECK ("council_report"."period_to" >= "council_report"."period_from"),
	CONSTRAINT "council_report_published_check" CHECK (("council_report"."status" = 'draft') = ("council_report"."published_at" is null) and ("council_report"."status" = 'draft' or ("council_report"."snapshot" is not null and "council_report"."data_version" is not null and "council_report"."pdf" is not null and "council_report"."published_by" is not null)))
);
--> statement-breakpoint
ALTER TABLE "council_report" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "homelessness_count" (
	"municipality_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"week" smallint NOT NULL,
	"figures" jsonb NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "homelessness_count_municipality_id_year_week_pk" PRIMARY KEY("municipality_id","year","week"),
	CONSTRAINT "homelessness_count_week_check" CHECK ("homelessness_count"."week" between 1 and 53 and "homelessness_count"."year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "homelessness_count" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "district" ADD COLUMN "dwellings_total" integer;--> statement-breakpoint
ALTER TABLE "district" ADD COLUMN "boundary" jsonb;--> statement-breakpoint
ALTER TABLE "action_plan" ADD CONSTRAINT "action_plan_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_goal" ADD CONSTRAINT "action_plan_goal_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_goal" ADD CONSTRAINT "action_plan_goal_municipality_id_plan_id_action_plan_municipality_id_id_fk" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "public"."action_plan"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_measure" ADD CONSTRAINT "action_plan_measure_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_measure" ADD CONSTRAINT "action_plan_measure_municipality_id_plan_id_action_plan_municipality_id_id_fk" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "public"."action_plan"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_measure" ADD CONSTRAINT "action_plan_measure_municipality_id_goal_id_action_plan_goal_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."action_plan_goal"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_quota" ADD CONSTRAINT "action_plan_quota_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_quota" ADD CONSTRAINT "action_plan_quota_municipality_id_plan_id_action_plan_municipality_id_id_fk" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "public"."action_plan"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_revision" ADD CONSTRAINT "action_plan_revision_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_revision" ADD CONSTRAINT "action_plan_revision_municipality_id_plan_id_action_plan_municipality_id_id_fk" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "public"."action_plan"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_revision" ADD CONSTRAINT "action_plan_revision_municipality_id_revised_by_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","revised_by") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_target" ADD CONSTRAINT "action_plan_target_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_target" ADD CONSTRAINT "action_plan_target_municipality_id_plan_id_action_plan_municipality_id_id_fk" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "public"."action_plan"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_target" ADD CONSTRAINT "action_plan_target_municipality_id_goal_id_action_plan_goal_municipality_id_id_fk" FOREIGN KEY ("municipality_id","goal_id") REFERENCES "public"."action_plan_goal"("municipality_id","id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_project" ADD CONSTRAINT "building_project_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_project" ADD CONSTRAINT "building_project_municipality_id_district_code_district_municipality_id_code_fk" FOREIGN KEY ("municipality_id","district_code") REFERENCES "public"."district"("municipality_id","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_project_check" ADD CONSTRAINT "building_project_check_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_project_check" ADD CONSTRAINT "building_project_check_municipality_id_project_id_building_project_municipality_id_id_fk" FOREIGN KEY ("municipality_id","project_id") REFERENCES "public"."building_project"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_project_quota" ADD CONSTRAINT "building_project_quota_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_project_quota" ADD CONSTRAINT "building_project_quota_municipality_id_project_id_building_project_municipality_id_id_fk" FOREIGN KEY ("municipality_id","project_id") REFERENCES "public"."building_project"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_report" ADD CONSTRAINT "council_report_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_report" ADD CONSTRAINT "council_report_municipality_id_plan_id_action_plan_municipality_id_id_fk" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "public"."action_plan"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_report" ADD CONSTRAINT "council_report_municipality_id_created_by_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","created_by") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "homelessness_count" ADD CONSTRAINT "homelessness_count_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "action_plan_one_adopted" ON "action_plan" USING btree ("municipality_id") WHERE "action_plan"."status" = 'adopted';--> statement-breakpoint
CREATE INDEX "action_plan_goal_plan_idx" ON "action_plan_goal" USING btree ("municipality_id","plan_id","position");--> statement-breakpoint
CREATE INDEX "action_plan_measure_goal_idx" ON "action_plan_measure" USING btree ("municipality_id","goal_id","position");--> statement-breakpoint
CREATE INDEX "council_report_period_idx" ON "council_report" USING btree ("municipality_id","period_to");--> statement-breakpoint
CREATE POLICY "action_plan_tenant" ON "action_plan" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "action_plan_goal_tenant" ON "action_plan_goal" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "action_plan_measure_tenant" ON "action_plan_measure" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "action_plan_quota_tenant" ON "action_plan_quota" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "action_plan_revision_tenant" ON "action_plan_revision" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "action_plan_target_tenant" ON "action_plan_target" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "building_project_tenant" ON "building_project" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "building_project_check_tenant" ON "building_project_check" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "building_project_quota_tenant" ON "building_project_quota" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "council_report_tenant" ON "council_report" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "homelessness_count_tenant" ON "homelessness_count" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);