CREATE TABLE "dwelling" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"knr" text NOT NULL,
	"gnr" integer NOT NULL,
	"bnr" integer NOT NULL,
	"fnr" integer DEFAULT 0 NOT NULL,
	"snr" integer DEFAULT 0 NOT NULL,
	"unit_number" text DEFAULT '' NOT NULL,
	"extra_reference" text DEFAULT '' NOT NULL,
	"street_name" text NOT NULL,
	"house_number" text DEFAULT '' NOT NULL,
	"house_letter" text DEFAULT '' NOT NULL,
	"postal_code" text NOT NULL,
	"postal_city" text DEFAULT '' NOT NULL,
	"dwelling_type" text NOT NULL,
	"subcategory" text,
	"disposal_form" text NOT NULL,
	"ownership_form" text,
	"owner_name" text,
	"owner_org_number" text,
	"owner_phone" text,
	"bedrooms" integer NOT NULL,
	"usable_area_m2" numeric(7, 1),
	"floor" integer,
	"has_lift" boolean DEFAULT false NOT NULL,
	"wheelchair_accessible" boolean DEFAULT false NOT NULL,
	"shared_housing" boolean DEFAULT false NOT NULL,
	"staffed_24h" boolean DEFAULT false NOT NULL,
	"staff_base" boolean DEFAULT false NOT NULL,
	"school_district_primary" text,
	"school_district_lower_secondary" text,
	"monthly_rent" integer NOT NULL,
	"deposit" integer,
	"electricity_meter" text,
	"water_meter" text,
	"vat_compensation" boolean DEFAULT false NOT NULL,
	"rent_to_own_potential" boolean DEFAULT false NOT NULL,
	"district_code" text,
	"latitude" numeric(9, 6),
	"longitude" numeric(9, 6),
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dwelling_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "dwelling_identity_key" UNIQUE("municipality_id","knr","gnr","bnr","fnr","snr","unit_number","extra_reference"),
	CONSTRAINT "dwelling_bedrooms_check" CHECK ("dwelling"."bedrooms" >= 0 and "dwelling"."bedrooms" <= 20),
	CONSTRAINT "dwelling_rent_check" CHECK ("dwelling"."monthly_rent" >= 0)
);
--> statement-breakpoint
ALTER TABLE "dwelling" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dwelling_status_period" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"dwelling_id" uuid NOT NULL,
	"status" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"expected_ready_on" date,
	"reason" text,
	CONSTRAINT "dwelling_status_period_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "dwelling_status_period_dates_check" CHECK ("dwelling_status_period"."to_date" is null or "dwelling_status_period"."to_date" > "dwelling_status_period"."from_date")
);
--> statement-breakpoint
ALTER TABLE "dwelling_status_period" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "eviction_step" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"lease_id" uuid NOT NULL,
	"step" text NOT NULL,
	"step_on" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eviction_step_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "eviction_step" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "lease" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"dwelling_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"decision_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date,
	"status" text NOT NULL,
	"section_11_1" boolean DEFAULT false NOT NULL,
	"section_11_1_notice_on" date,
	"short_term_reason" text,
	"length_rule" text,
	"signed_on" date,
	"deposit_type" text NOT NULL,
	"deposit_amount" integer DEFAULT 0 NOT NULL,
	"rent_model" text NOT NULL,
	"monthly_rent" integer NOT NULL,
	"last_index_adjustment_on" date,
	"last_gjengs_adjustment_on" date,
	"notice_given_on" date,
	"ended_on" date,
	"end_reason" text,
	"move_in_checklist" jsonb,
	"move_out_inspection" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lease_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "lease_dates_check" CHECK ("lease"."end_date" is null or "lease"."end_date" > "lease"."start_date"),
	CONSTRAINT "lease_deposit_check" CHECK ("lease"."deposit_amount" >= 0 and "lease"."deposit_amount" <= 6 * "lease"."monthly_rent"),
	CONSTRAINT "lease_section_11_1_check" CHECK (not "lease"."section_11_1" or "lease"."signed_on" is null or "lease"."section_11_1_notice_on" <= "lease"."signed_on")
);
--> statement-breakpoint
ALTER TABLE "lease" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "renewal_assessment" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"lease_id" uuid NOT NULL,
	"opened_on" date NOT NULL,
	"outcome" text,
	"outcome_on" date,
	"case_id" uuid,
	"note" text,
	CONSTRAINT "renewal_assessment_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "renewal_assessment_lease_key" UNIQUE("municipality_id","lease_id")
);
--> statement-breakpoint
ALTER TABLE "renewal_assessment" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "rent_adjustment" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"lease_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"notice_sent_on" date NOT NULL,
	"effective_on" date NOT NULL,
	"old_rent" integer NOT NULL,
	"new_rent" integer NOT NULL,
	"basis" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rent_adjustment_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "rent_adjustment" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "rent_charge" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"lease_id" uuid NOT NULL,
	"period" date NOT NULL,
	"due_on" date NOT NULL,
	"amount" integer NOT NULL,
	CONSTRAINT "rent_charge_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "rent_charge_period_key" UNIQUE("municipality_id","lease_id","period")
);
--> statement-breakpoint
ALTER TABLE "rent_charge" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "rent_payment" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"lease_id" uuid NOT NULL,
	"paid_on" date NOT NULL,
	"amount" integer NOT NULL,
	"reference" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rent_payment_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "rent_payment_reference_key" UNIQUE("municipality_id","reference")
);
--> statement-breakpoint
ALTER TABLE "rent_payment" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "task" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"signal_key" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"assigned_role" text NOT NULL,
	"assigned_to_id" uuid,
	"reason" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_on" date NOT NULL,
	"due_on" date,
	"closed_on" date,
	"outcome" text,
	CONSTRAINT "task_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "task" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "temp_place" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"label" text NOT NULL,
	"access_24h" boolean NOT NULL,
	"cooking" boolean NOT NULL,
	"wc_and_bath" boolean NOT NULL,
	"laundry" boolean NOT NULL,
	CONSTRAINT "temp_place_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "temp_place" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "temp_provider" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"org_number" text,
	"contract_terms" text,
	"contract_from" date,
	"contract_to" date,
	"night_shelter" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "temp_provider_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "temp_provider" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "temp_stay" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"place_id" uuid,
	"case_id" uuid,
	"housing_case_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date,
	"children_present" boolean DEFAULT false NOT NULL,
	"night_shelter" boolean DEFAULT false NOT NULL,
	"cooperation_agreement_signed_on" date,
	"cleaning_offered" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "temp_stay_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "temp_stay_dates_check" CHECK ("temp_stay"."end_date" is null or "temp_stay"."end_date" >= "temp_stay"."start_date")
);
--> statement-breakpoint
ALTER TABLE "temp_stay" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "dwelling" ADD CONSTRAINT "dwelling_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dwelling" ADD CONSTRAINT "dwelling_municipality_id_district_code_district_municipality_id_code_fk" FOREIGN KEY ("municipality_id","district_code") REFERENCES "public"."district"("municipality_id","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dwelling_status_period" ADD CONSTRAINT "dwelling_status_period_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dwelling_status_period" ADD CONSTRAINT "dwelling_status_period_municipality_id_dwelling_id_dwelling_municipality_id_id_fk" FOREIGN KEY ("municipality_id","dwelling_id") REFERENCES "public"."dwelling"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eviction_step" ADD CONSTRAINT "eviction_step_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eviction_step" ADD CONSTRAINT "eviction_step_municipality_id_lease_id_lease_municipality_id_id_fk" FOREIGN KEY ("municipality_id","lease_id") REFERENCES "public"."lease"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease" ADD CONSTRAINT "lease_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease" ADD CONSTRAINT "lease_municipality_id_dwelling_id_dwelling_municipality_id_id_fk" FOREIGN KEY ("municipality_id","dwelling_id") REFERENCES "public"."dwelling"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease" ADD CONSTRAINT "lease_municipality_id_household_id_household_municipality_id_id_fk" FOREIGN KEY ("municipality_id","household_id") REFERENCES "public"."household"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease" ADD CONSTRAINT "lease_municipality_id_decision_id_decision_municipality_id_id_fk" FOREIGN KEY ("municipality_id","decision_id") REFERENCES "public"."decision"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renewal_assessment" ADD CONSTRAINT "renewal_assessment_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renewal_assessment" ADD CONSTRAINT "renewal_assessment_municipality_id_lease_id_lease_municipality_id_id_fk" FOREIGN KEY ("municipality_id","lease_id") REFERENCES "public"."lease"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "renewal_assessment" ADD CONSTRAINT "renewal_assessment_municipality_id_case_id_housing_case_municipality_id_id_fk" FOREIGN KEY ("municipality_id","case_id") REFERENCES "public"."housing_case"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_adjustment" ADD CONSTRAINT "rent_adjustment_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_adjustment" ADD CONSTRAINT "rent_adjustment_municipality_id_lease_id_lease_municipality_id_id_fk" FOREIGN KEY ("municipality_id","lease_id") REFERENCES "public"."lease"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_charge" ADD CONSTRAINT "rent_charge_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_charge" ADD CONSTRAINT "rent_charge_municipality_id_lease_id_lease_municipality_id_id_fk" FOREIGN KEY ("municipality_id","lease_id") REFERENCES "public"."lease"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_payment" ADD CONSTRAINT "rent_payment_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_payment" ADD CONSTRAINT "rent_payment_municipality_id_lease_id_lease_municipality_id_id_fk" FOREIGN KEY ("municipality_id","lease_id") REFERENCES "public"."lease"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "temp_place" ADD CONSTRAINT "temp_place_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "temp_place" ADD CONSTRAINT "temp_place_municipality_id_provider_id_temp_provider_municipality_id_id_fk" FOREIGN KEY ("municipality_id","provider_id") REFERENCES "public"."temp_provider"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "temp_provider" ADD CONSTRAINT "temp_provider_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "temp_stay" ADD CONSTRAINT "temp_stay_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "temp_stay" ADD CONSTRAINT "temp_stay_municipality_id_household_id_household_municipality_id_id_fk" FOREIGN KEY ("municipality_id","household_id") REFERENCES "public"."household"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "temp_stay" ADD CONSTRAINT "temp_stay_municipality_id_provider_id_temp_provider_municipality_id_id_fk" FOREIGN KEY ("municipality_id","provider_id") REFERENCES "public"."temp_provider"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "temp_stay" ADD CONSTRAINT "temp_stay_municipality_id_place_id_temp_place_municipality_id_id_fk" FOREIGN KEY ("municipality_id","place_id") REFERENCES "public"."temp_place"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "temp_stay" ADD CONSTRAINT "temp_stay_municipality_id_case_id_housing_case_municipality_id_id_fk" FOREIGN KEY ("municipality_id","case_id") REFERENCES "public"."housing_case"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "temp_stay" ADD CONSTRAINT "temp_stay_municipality_id_housing_case_id_housing_case_municipality_id_id_fk" FOREIGN KEY ("municipality_id","housing_case_id") REFERENCES "public"."housing_case"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dwelling_district_idx" ON "dwelling" USING btree ("municipality_id","district_code");--> statement-breakpoint
CREATE INDEX "dwelling_status_period_dwelling_idx" ON "dwelling_status_period" USING btree ("municipality_id","dwelling_id","from_date");--> statement-breakpoint
CREATE INDEX "lease_household_idx" ON "lease" USING btree ("municipality_id","household_id");--> statement-breakpoint
CREATE INDEX "lease_end_idx" ON "lease" USING btree ("municipality_id","end_date");--> statement-breakpoint
CREATE INDEX "task_open_idx" ON "task" USING btree ("municipality_id","assigned_role","closed_on");--> statement-breakpoint
CREATE INDEX "temp_stay_household_idx" ON "temp_stay" USING btree ("municipality_id","household_id");--> statement-breakpoint
CREATE INDEX "temp_stay_dates_idx" ON "temp_stay" USING btree ("municipality_id","start_date","end_date");--> statement-breakpoint
CREATE POLICY "dwelling_tenant" ON "dwelling" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "dwelling_status_period_tenant" ON "dwelling_status_period" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "eviction_step_tenant" ON "eviction_step" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "lease_tenant" ON "lease" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "renewal_assessment_tenant" ON "renewal_assessment" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "rent_adjustment_tenant" ON "rent_adjustment" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "rent_charge_tenant" ON "rent_charge" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "rent_payment_tenant" ON "rent_payment" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "task_tenant" ON "task" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "temp_place_tenant" ON "temp_place" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "temp_provider_tenant" ON "temp_provider" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "temp_stay_tenant" ON "temp_stay" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);