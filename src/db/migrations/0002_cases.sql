CREATE TABLE "consent" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"recipient" text NOT NULL,
	"purpose" text NOT NULL,
	"scope" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"given_in_writing" boolean DEFAULT true NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "consent" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "household" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"head_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "household_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "household" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "household_member" (
	"municipality_id" integer NOT NULL,
	"household_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"gross_annual_income" integer,
	"joined_on" date,
	"left_on" date,
	CONSTRAINT "household_member_municipality_id_household_id_person_id_pk" PRIMARY KEY("municipality_id","household_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "household_member" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "person" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"national_id" text,
	"national_id_kind" text,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_date" date,
	"phone" text,
	"email" text,
	"written_language" text DEFAULT 'nb' NOT NULL,
	"interpreter_language" text,
	"address_line" text,
	"postal_code" text,
	"postal_city" text,
	"address_protection" text DEFAULT 'none' NOT NULL,
	"resident_since" date,
	"residence_status" text,
	"refugee_settled_on" date,
	"merged_into_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "person_national_id_key" UNIQUE("municipality_id","national_id")
);
--> statement-breakpoint
ALTER TABLE "person" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "person_representative" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"address_line" text,
	"postal_code" text,
	"postal_city" text,
	"phone" text,
	"email" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "person_representative_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "person_representative" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "appeal" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"submitted_on" date NOT NULL,
	"received_on" date NOT NULL,
	"grounds" text NOT NULL,
	"in_time" text NOT NULL,
	"late_by_days" integer,
	"status" text NOT NULL,
	"review_note" text,
	"reviewed_on" date,
	"forwarded_on" date,
	"appeal_body" text,
	"body_outcome" text,
	"body_decided_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appeal_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "appeal" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_document" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"checklist_item" text NOT NULL,
	"filename" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_document_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "case_document" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_note" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"body" text NOT NULL,
	"sensitivity" text DEFAULT 'none' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_note_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "case_note" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_number_sequence" (
	"municipality_id" integer NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_number_sequence_municipality_id_year_pk" PRIMARY KEY("municipality_id","year")
);
--> statement-breakpoint
ALTER TABLE "case_number_sequence" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "decision" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"status" text NOT NULL,
	"language" text NOT NULL,
	"content" jsonb NOT NULL,
	"html" text,
	"decided_on" date,
	"decided_by" uuid NOT NULL,
	"attested_by" uuid,
	"attested_at" timestamp with time zone,
	"notice_sent_on" date,
	"appeal_deadline" date,
	"valid_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "decision" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "eligibility_evaluation" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"rule_set_id" text NOT NULL,
	"rule_set_version" integer NOT NULL,
	"evaluated_on" date NOT NULL,
	"outcome" text NOT NULL,
	"result" jsonb NOT NULL,
	"overrides" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evaluated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eligibility_evaluation_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "eligibility_evaluation" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "eligibility_rule_set" (
	"municipality_id" integer NOT NULL,
	"id" text NOT NULL,
	"version" integer NOT NULL,
	"effective_from" date NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eligibility_rule_set_municipality_id_id_version_pk" PRIMARY KEY("municipality_id","id","version")
);
--> statement-breakpoint
ALTER TABLE "eligibility_rule_set" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "help_request" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"channel" text NOT NULL,
	"summary" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "help_request_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "help_request" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "housing_case" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_number" text NOT NULL,
	"request_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"case_type" text NOT NULL,
	"rental_kind" text,
	"status" text NOT NULL,
	"received_on" date NOT NULL,
	"assigned_to_id" uuid,
	"legal_basis_version" text NOT NULL,
	"housing_situation" text,
	"need_category" text,
	"application" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"preliminary_reply_sent_on" date,
	"decided_on" date,
	"forwarded_to" text,
	"forwarded_on" date,
	"closed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "housing_case_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "housing_case_number_key" UNIQUE("municipality_id","case_number")
);
--> statement-breakpoint
ALTER TABLE "housing_case" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "letter" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"recipient_kind" text NOT NULL,
	"recipient_name" text NOT NULL,
	"html" text NOT NULL,
	"sent_on" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letter_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "letter" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_municipality_id_person_id_person_municipality_id_id_fk" FOREIGN KEY ("municipality_id","person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household" ADD CONSTRAINT "household_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household" ADD CONSTRAINT "household_municipality_id_head_person_id_person_municipality_id_id_fk" FOREIGN KEY ("municipality_id","head_person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_municipality_id_household_id_household_municipality_id_id_fk" FOREIGN KEY ("municipality_id","household_id") REFERENCES "public"."household"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_municipality_id_person_id_person_municipality_id_id_fk" FOREIGN KEY ("municipality_id","person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_municipality_id_merged_into_id_person_municipality_id_id_fk" FOREIGN KEY ("municipality_id","merged_into_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_representative" ADD CONSTRAINT "person_representative_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_representative" ADD CONSTRAINT "person_representative_municipality_id_person_id_person_municipality_id_id_fk" FOREIGN KEY ("municipality_id","person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_municipality_id_case_id_housing_case_municipality_id_id_fk" FOREIGN KEY ("municipality_id","case_id") REFERENCES "public"."housing_case"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_municipality_id_decision_id_decision_municipality_id_id_fk" FOREIGN KEY ("municipality_id","decision_id") REFERENCES "public"."decision"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document" ADD CONSTRAINT "case_document_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document" ADD CONSTRAINT "case_document_municipality_id_case_id_housing_case_municipality_id_id_fk" FOREIGN KEY ("municipality_id","case_id") REFERENCES "public"."housing_case"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_note" ADD CONSTRAINT "case_note_municipality_id_case_id_housing_case_municipality_id_id_fk" FOREIGN KEY ("municipality_id","case_id") REFERENCES "public"."housing_case"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_number_sequence" ADD CONSTRAINT "case_number_sequence_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision" ADD CONSTRAINT "decision_municipality_id_case_id_housing_case_municipality_id_id_fk" FOREIGN KEY ("municipality_id","case_id") REFERENCES "public"."housing_case"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_evaluation" ADD CONSTRAINT "eligibility_evaluation_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_evaluation" ADD CONSTRAINT "eligibility_evaluation_municipality_id_case_id_housing_case_municipality_id_id_fk" FOREIGN KEY ("municipality_id","case_id") REFERENCES "public"."housing_case"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_rule_set" ADD CONSTRAINT "eligibility_rule_set_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request" ADD CONSTRAINT "help_request_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request" ADD CONSTRAINT "help_request_municipality_id_household_id_household_municipality_id_id_fk" FOREIGN KEY ("municipality_id","household_id") REFERENCES "public"."household"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_case" ADD CONSTRAINT "housing_case_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_case" ADD CONSTRAINT "housing_case_municipality_id_request_id_help_request_municipality_id_id_fk" FOREIGN KEY ("municipality_id","request_id") REFERENCES "public"."help_request"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_case" ADD CONSTRAINT "housing_case_municipality_id_household_id_household_municipality_id_id_fk" FOREIGN KEY ("municipality_id","household_id") REFERENCES "public"."household"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_case" ADD CONSTRAINT "housing_case_municipality_id_person_id_person_municipality_id_id_fk" FOREIGN KEY ("municipality_id","person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_case" ADD CONSTRAINT "housing_case_municipality_id_assigned_to_id_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","assigned_to_id") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter" ADD CONSTRAINT "letter_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter" ADD CONSTRAINT "letter_municipality_id_case_id_housing_case_municipality_id_id_fk" FOREIGN KEY ("municipality_id","case_id") REFERENCES "public"."housing_case"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_person_idx" ON "consent" USING btree ("municipality_id","person_id");--> statement-breakpoint
CREATE INDEX "household_member_person_idx" ON "household_member" USING btree ("municipality_id","person_id");--> statement-breakpoint
CREATE INDEX "person_name_idx" ON "person" USING btree ("municipality_id","family_name","given_name");--> statement-breakpoint
CREATE INDEX "decision_case_idx" ON "decision" USING btree ("municipality_id","case_id");--> statement-breakpoint
CREATE INDEX "housing_case_status_idx" ON "housing_case" USING btree ("municipality_id","status","received_on");--> statement-breakpoint
CREATE INDEX "housing_case_household_idx" ON "housing_case" USING btree ("municipality_id","household_id");--> statement-breakpoint
CREATE POLICY "consent_tenant" ON "consent" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "household_tenant" ON "household" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "household_member_tenant" ON "household_member" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "person_tenant" ON "person" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "person_representative_tenant" ON "person_representative" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "appeal_tenant" ON "appeal" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "case_document_tenant" ON "case_document" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "case_note_tenant" ON "case_note" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "case_number_sequence_tenant" ON "case_number_sequence" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "decision_tenant" ON "decision" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "eligibility_evaluation_tenant" ON "eligibility_evaluation" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "eligibility_rule_set_tenant" ON "eligibility_rule_set" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "help_request_tenant" ON "help_request" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "housing_case_tenant" ON "housing_case" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "letter_tenant" ON "letter" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);