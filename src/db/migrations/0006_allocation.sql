CREATE TABLE "allocation_round" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"run_on" date NOT NULL,
	"run_by" uuid NOT NULL,
	"seed" integer NOT NULL,
	"rule_versions" jsonb NOT NULL,
	"input" text NOT NULL,
	"input_hash" text NOT NULL,
	"result" jsonb NOT NULL,
	"objective" double precision NOT NULL,
	"bound" double precision NOT NULL,
	"gap" double precision NOT NULL,
	"optimal" boolean NOT NULL,
	"choices" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"offers_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allocation_round_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "allocation_round" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "offer" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid,
	"dwelling_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"status" text NOT NULL,
	"offered_on" date NOT NULL,
	"answer_deadline" date NOT NULL,
	"move_in_date" date NOT NULL,
	"monthly_rent" integer NOT NULL,
	"language" text NOT NULL,
	"letter_id" uuid NOT NULL,
	"answered_on" date,
	"refusal_reason" text,
	"refusal_note" text,
	"refusal_reasonable" boolean,
	"refusal_consequence" text,
	"lease_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offer_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "offer_status_check" CHECK ("offer"."status" in ('pending', 'accepted', 'refused', 'expired', 'withdrawn')),
	CONSTRAINT "offer_deadline_check" CHECK ("offer"."answer_deadline" >= "offer"."offered_on"),
	CONSTRAINT "offer_refusal_check" CHECK (("offer"."status" = 'refused') = ("offer"."refusal_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "offer" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "priority_override" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"points" integer NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" uuid,
	CONSTRAINT "priority_override_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "priority_override_points_check" CHECK ("priority_override"."points" between 1 and 1000),
	CONSTRAINT "priority_override_reason_check" CHECK (length("priority_override"."reason") >= 10)
);
--> statement-breakpoint
ALTER TABLE "priority_override" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "gender" text;--> statement-breakpoint
ALTER TABLE "allocation_round" ADD CONSTRAINT "allocation_round_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_round" ADD CONSTRAINT "allocation_round_municipality_id_run_by_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","run_by") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_municipality_id_round_id_allocation_round_municipality_id_id_fk" FOREIGN KEY ("municipality_id","round_id") REFERENCES "public"."allocation_round"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_municipality_id_dwelling_id_dwelling_municipality_id_id_fk" FOREIGN KEY ("municipality_id","dwelling_id") REFERENCES "public"."dwelling"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_municipality_id_household_id_household_municipality_id_id_fk" FOREIGN KEY ("municipality_id","household_id") REFERENCES "public"."household"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_municipality_id_case_id_housing_case_municipality_id_id_fk" FOREIGN KEY ("municipality_id","case_id") REFERENCES "public"."housing_case"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_municipality_id_decision_id_decision_municipality_id_id_fk" FOREIGN KEY ("municipality_id","decision_id") REFERENCES "public"."decision"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_municipality_id_lease_id_lease_municipality_id_id_fk" FOREIGN KEY ("municipality_id","lease_id") REFERENCES "public"."lease"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer" ADD CONSTRAINT "offer_municipality_id_letter_id_letter_municipality_id_id_fk" FOREIGN KEY ("municipality_id","letter_id") REFERENCES "public"."letter"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_override" ADD CONSTRAINT "priority_override_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_override" ADD CONSTRAINT "priority_override_municipality_id_case_id_housing_case_municipality_id_id_fk" FOREIGN KEY ("municipality_id","case_id") REFERENCES "public"."housing_case"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_override" ADD CONSTRAINT "priority_override_municipality_id_created_by_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","created_by") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "allocation_round_run_idx" ON "allocation_round" USING btree ("municipality_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "offer_one_pending_per_dwelling" ON "offer" USING btree ("municipality_id","dwelling_id") WHERE "offer"."status" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "offer_one_pending_per_case" ON "offer" USING btree ("municipality_id","case_id") WHERE "offer"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "offer_case_idx" ON "offer" USING btree ("municipality_id","case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "priority_override_one_active" ON "priority_override" USING btree ("municipality_id","case_id") WHERE "priority_override"."revoked_at" is null;--> statement-breakpoint
CREATE POLICY "allocation_round_tenant" ON "allocation_round" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "offer_tenant" ON "offer" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "priority_override_tenant" ON "priority_override" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);