CREATE TABLE "district" (
	"municipality_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"inhabitants" integer NOT NULL,
	CONSTRAINT "district_municipality_id_code_pk" PRIMARY KEY("municipality_id","code")
);
--> statement-breakpoint
ALTER TABLE "district" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "municipality" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "municipality_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kommunenummer" text NOT NULL,
	"name" text NOT NULL,
	"inhabitants" integer NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipality_kommunenummer_unique" UNIQUE("kommunenummer")
);
--> statement-breakpoint
ALTER TABLE "municipality" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "staff_session" (
	"municipality_id" integer NOT NULL,
	"id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "staff_session_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "staff_session" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "staff_user" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"language" text DEFAULT 'nb' NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_user_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "staff_user_username_key" UNIQUE("municipality_id","username")
);
--> statement-breakpoint
ALTER TABLE "staff_user" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "access_log" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_username" text,
	"actor_role" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"purpose" text NOT NULL,
	"request_id" text,
	CONSTRAINT "access_log_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "access_log" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "audit_event" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_username" text,
	"actor_role" text,
	"type" text NOT NULL,
	"subject_type" text,
	"subject_id" text,
	"reason" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"request_id" text,
	CONSTRAINT "audit_event_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "audit_event" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "district" ADD CONSTRAINT "district_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_session" ADD CONSTRAINT "staff_session_municipality_id_user_id_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","user_id") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_user" ADD CONSTRAINT "staff_user_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_log" ADD CONSTRAINT "access_log_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_session_id_idx" ON "staff_session" USING btree ("id");--> statement-breakpoint
CREATE INDEX "staff_user_username_idx" ON "staff_user" USING btree ("username");--> statement-breakpoint
CREATE INDEX "access_log_time_idx" ON "access_log" USING btree ("municipality_id","occurred_at");--> statement-breakpoint
CREATE INDEX "access_log_subject_idx" ON "access_log" USING btree ("municipality_id","subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "audit_event_time_idx" ON "audit_event" USING btree ("municipality_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_event_subject_idx" ON "audit_event" USING btree ("municipality_id","subject_id");--> statement-breakpoint
CREATE POLICY "district_tenant" ON "district" AS PERMISSIVE FOR ALL TO "husly_app" USING ("district"."municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("district"."municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "municipality_own_row" ON "municipality" AS PERMISSIVE FOR SELECT TO "husly_app" USING (id = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "municipality_auth_lookup" ON "municipality" AS PERMISSIVE FOR SELECT TO "husly_auth" USING (true);--> statement-breakpoint
CREATE POLICY "staff_session_tenant" ON "staff_session" AS PERMISSIVE FOR ALL TO "husly_app" USING ("staff_session"."municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("staff_session"."municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "staff_session_auth_lookup" ON "staff_session" AS PERMISSIVE FOR SELECT TO "husly_auth" USING (true);--> statement-breakpoint
CREATE POLICY "staff_user_tenant" ON "staff_user" AS PERMISSIVE FOR ALL TO "husly_app" USING ("staff_user"."municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("staff_user"."municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "staff_user_auth_lookup" ON "staff_user" AS PERMISSIVE FOR SELECT TO "husly_auth" USING (true);--> statement-breakpoint
CREATE POLICY "access_log_read" ON "access_log" AS PERMISSIVE FOR SELECT TO "husly_app" USING ("access_log"."municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "access_log_append" ON "access_log" AS PERMISSIVE FOR INSERT TO "husly_app" WITH CHECK ("access_log"."municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "audit_event_read" ON "audit_event" AS PERMISSIVE FOR SELECT TO "husly_app" USING ("audit_event"."municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "audit_event_append" ON "audit_event" AS PERMISSIVE FOR INSERT TO "husly_app" WITH CHECK ("audit_event"."municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);