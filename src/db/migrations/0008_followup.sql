CREATE TABLE "calculator_parameter" (
	"municipality_id" integer NOT NULL,
	"key" text NOT NULL,
	"valid_from" date NOT NULL,
	"value" jsonb NOT NULL,
	"source" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calculator_parameter_municipality_id_key_valid_from_pk" PRIMARY KEY("municipality_id","key","valid_from")
);
--> statement-breakpoint
ALTER TABLE "calculator_parameter" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "fidelity_assessment" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"assessed_on" date NOT NULL,
	"scale_version" text NOT NULL,
	"scores" jsonb NOT NULL,
	"note" text,
	"assessed_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fidelity_assessment_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "fidelity_assessment" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "followup_contact" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"planned_on" date NOT NULL,
	"planned_time" text,
	"held_on" date,
	"worker_id" uuid NOT NULL,
	"checklist" jsonb,
	"summary" text,
	"lease_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "followup_contact_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "followup_contact_status_check" CHECK ("followup_contact"."status" in ('planned', 'held', 'missed', 'cancelled')),
	CONSTRAINT "followup_contact_held_check" CHECK (("followup_contact"."status" = 'held') = ("followup_contact"."held_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "followup_contact" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "followup_note" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"text" text NOT NULL,
	"sensitivity" text DEFAULT 'none' NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "followup_note_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "followup_note_sensitivity_check" CHECK ("followup_note"."sensitivity" in ('none', 'health', 'substance_use'))
);
--> statement-breakpoint
ALTER TABLE "followup_note" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "followup_plan" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"responsible_team" text NOT NULL,
	"responsible_worker_id" uuid NOT NULL,
	"goals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"visit_every_days" integer,
	"started_on" date NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "followup_plan_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "followup_plan_frequency_check" CHECK ("followup_plan"."visit_every_days" is null or "followup_plan"."visit_every_days" between 1 and 365),
	CONSTRAINT "followup_plan_dates_check" CHECK ("followup_plan"."ended_on" is null or "followup_plan"."ended_on" >= "followup_plan"."started_on")
);
--> statement-breakpoint
ALTER TABLE "followup_plan" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "followup_service" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"provider" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	CONSTRAINT "followup_service_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "followup_service" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "followup_settings" (
	"municipality_id" integer NOT NULL,
	"valid_from" date NOT NULL,
	"arrears_kroner" integer NOT NULL,
	"missed_visits" integer NOT NULL,
	"lease_ends_within_days" integer NOT NULL,
	"temporary_stay_months" integer NOT NULL,
	"move_in_visit_after_days" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "followup_settings_municipality_id_valid_from_pk" PRIMARY KEY("municipality_id","valid_from"),
	CONSTRAINT "followup_settings_range_check" CHECK ("followup_settings"."arrears_kroner" >= 0 and "followup_settings"."missed_visits" between 1 and 20 and "followup_settings"."lease_ends_within_days" between 1 and 365 and "followup_settings"."temporary_stay_months" between 1 and 24 and "followup_settings"."move_in_visit_after_days" between 0 and 180)
);
--> statement-breakpoint
ALTER TABLE "followup_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "housing_first_participant" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"enrolled_on" date NOT NULL,
	"referred_by" text NOT NULL,
	"consent_given_on" date NOT NULL,
	"chosen_districts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"chosen_dwelling_types" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"chosen_dwelling_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"team" text NOT NULL,
	"housed_on" date,
	"lease_id" uuid,
	"exited_on" date,
	"exit_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "housing_first_participant_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "housing_first_exit_check" CHECK (("housing_first_participant"."exited_on" is null) = ("housing_first_participant"."exit_reason" is null)),
	CONSTRAINT "housing_first_dates_check" CHECK (("housing_first_participant"."housed_on" is null or "housing_first_participant"."housed_on" >= "housing_first_participant"."enrolled_on") and ("housing_first_participant"."exited_on" is null or "housing_first_participant"."exited_on" >= "housing_first_participant"."enrolled_on"))
);
--> statement-breakpoint
ALTER TABLE "housing_first_participant" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "housing_first_target" (
	"municipality_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"participants" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "housing_first_target_municipality_id_year_pk" PRIMARY KEY("municipality_id","year"),
	CONSTRAINT "housing_first_target_check" CHECK ("housing_first_target"."participants" between 0 and 10000 and "housing_first_target"."year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "housing_first_target" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "rent_to_own_plan" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"lease_id" uuid NOT NULL,
	"dwelling_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"plan" text NOT NULL,
	"target_on" date,
	"start_loan_case_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"outcome_on" date,
	"outcome_note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rent_to_own_plan_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "rent_to_own_status_check" CHECK ("rent_to_own_plan"."status" in ('active', 'moved_to_owned', 'ended')),
	CONSTRAINT "rent_to_own_outcome_check" CHECK (("rent_to_own_plan"."status" = 'active') = ("rent_to_own_plan"."outcome_on" is null))
);
--> statement-breakpoint
ALTER TABLE "rent_to_own_plan" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "building_activity" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"building_key" text NOT NULL,
	"building_label" text NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"households_invited" integer,
	"households_attended" integer NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "building_activity_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "building_activity_kind_check" CHECK ("building_activity"."kind" in ('residents_meeting', 'dugnad', 'summer_party', 'winter_party', 'other')),
	CONSTRAINT "building_activity_attendance_check" CHECK ("building_activity"."households_attended" >= 0 and ("building_activity"."households_invited" is null or "building_activity"."households_attended" <= "building_activity"."households_invited"))
);
--> statement-breakpoint
ALTER TABLE "building_activity" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "caretaker_task" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"building_key" text NOT NULL,
	"building_label" text NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"residents_took_part" boolean DEFAULT false NOT NULL,
	"created_on" date NOT NULL,
	"done_on" date,
	"assigned_to_id" uuid,
	"created_by" uuid NOT NULL,
	CONSTRAINT "caretaker_task_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "caretaker_task_kind_check" CHECK ("caretaker_task"."kind" in ('small_repair', 'order', 'outdoor', 'other')),
	CONSTRAINT "caretaker_task_done_check" CHECK (("caretaker_task"."status" = 'done') = ("caretaker_task"."done_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "caretaker_task" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "neighbour_case" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"building_key" text NOT NULL,
	"building_label" text NOT NULL,
	"district_code" text,
	"description" text NOT NULL,
	"reported_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"responsible_worker_id" uuid NOT NULL,
	"outcome" text,
	"closed_on" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "neighbour_case_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "neighbour_case_kind_check" CHECK ("neighbour_case"."kind" in ('complaint', 'conflict')),
	CONSTRAINT "neighbour_case_status_check" CHECK ("neighbour_case"."status" in ('open', 'dialogue', 'agreement', 'closed')),
	CONSTRAINT "neighbour_case_closed_check" CHECK (("neighbour_case"."status" = 'closed') = ("neighbour_case"."closed_on" is not null) and ("neighbour_case"."closed_on" is null or "neighbour_case"."outcome" is not null))
);
--> statement-breakpoint
ALTER TABLE "neighbour_case" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "neighbour_case_event" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"summary" text NOT NULL,
	"agreement_text" text,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "neighbour_case_event_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "neighbour_case_event_kind_check" CHECK ("neighbour_case_event"."kind" in ('dialogue_meeting', 'agreement', 'note')),
	CONSTRAINT "neighbour_case_event_agreement_check" CHECK (("neighbour_case_event"."kind" = 'agreement') = ("neighbour_case_event"."agreement_text" is not null))
);
--> statement-breakpoint
ALTER TABLE "neighbour_case_event" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "neighbour_case_party" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"role" text NOT NULL,
	"household_id" uuid,
	"person_id" uuid,
	"lease_id" uuid,
	"label" text NOT NULL,
	CONSTRAINT "neighbour_case_party_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "neighbour_case_party_role_check" CHECK ("neighbour_case_party"."role" in ('complainant', 'respondent', 'other'))
);
--> statement-breakpoint
ALTER TABLE "neighbour_case_party" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "boligskole_attendance" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"settlement_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"attended" boolean NOT NULL,
	"recorded_by" uuid NOT NULL,
	CONSTRAINT "boligskole_attendance_municipality_id_id_pk" PRIMARY KEY("municipality_id","id")
);
--> statement-breakpoint
ALTER TABLE "boligskole_attendance" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "landlord" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"org_number" text,
	"contact_name" text,
	"phone" text,
	"email" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "landlord_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "landlord_kind_check" CHECK ("landlord"."kind" in ('person', 'company')),
	CONSTRAINT "landlord_org_check" CHECK ("landlord"."kind" = 'person' or "landlord"."org_number" is not null)
);
--> statement-breakpoint
ALTER TABLE "landlord" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "landlord_agreement" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"landlord_id" uuid NOT NULL,
	"rent_guarantee" boolean NOT NULL,
	"guarantee_months" integer,
	"followup_promise" boolean NOT NULL,
	"contact_person_id" uuid NOT NULL,
	"terms" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "landlord_agreement_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "landlord_agreement_dates_check" CHECK ("landlord_agreement"."valid_to" is null or "landlord_agreement"."valid_to" >= "landlord_agreement"."valid_from"),
	CONSTRAINT "landlord_agreement_guarantee_check" CHECK ("landlord_agreement"."rent_guarantee" = ("landlord_agreement"."guarantee_months" is not null) and ("landlord_agreement"."guarantee_months" is null or "landlord_agreement"."guarantee_months" between 1 and 36))
);
--> statement-breakpoint
ALTER TABLE "landlord_agreement" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "private_lease_help" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"landlord_id" uuid,
	"helped_by_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"deposit_guarantee" boolean DEFAULT false NOT NULL,
	"monthly_rent" integer,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"outcome_on" date,
	"lease_starts_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "private_lease_help_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "private_lease_help_status_check" CHECK ("private_lease_help"."status" in ('in_progress', 'signed', 'not_found', 'ended')),
	CONSTRAINT "private_lease_help_outcome_check" CHECK (("private_lease_help"."status" = 'in_progress') = ("private_lease_help"."outcome_on" is null)),
	CONSTRAINT "private_lease_help_signed_check" CHECK ("private_lease_help"."status" <> 'signed' or ("private_lease_help"."landlord_id" is not null and "private_lease_help"."lease_starts_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "private_lease_help" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "refugee_settlement" (
	"municipality_id" integer NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"settled_on" date NOT NULL,
	"introduction_from" date,
	"introduction_to" date,
	"housing" text NOT NULL,
	"private_lease_help_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refugee_settlement_municipality_id_id_pk" PRIMARY KEY("municipality_id","id"),
	CONSTRAINT "refugee_settlement_housing_check" CHECK ("refugee_settlement"."housing" in ('municipal', 'private', 'temporary', 'other')),
	CONSTRAINT "refugee_settlement_intro_check" CHECK ("refugee_settlement"."introduction_to" is null or ("refugee_settlement"."introduction_from" is not null and "refugee_settlement"."introduction_to" >= "refugee_settlement"."introduction_from"))
);
--> statement-breakpoint
ALTER TABLE "refugee_settlement" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "calculator_parameter" ADD CONSTRAINT "calculator_parameter_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calculator_parameter" ADD CONSTRAINT "calculator_parameter_municipality_id_updated_by_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","updated_by") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fidelity_assessment" ADD CONSTRAINT "fidelity_assessment_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fidelity_assessment" ADD CONSTRAINT "fidelity_assessment_municipality_id_assessed_by_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","assessed_by") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_contact" ADD CONSTRAINT "followup_contact_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_contact" ADD CONSTRAINT "followup_contact_municipality_id_plan_id_followup_plan_municipality_id_id_fk" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "public"."followup_plan"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_contact" ADD CONSTRAINT "followup_contact_municipality_id_worker_id_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","worker_id") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_contact" ADD CONSTRAINT "followup_contact_municipality_id_lease_id_lease_municipality_id_id_fk" FOREIGN KEY ("municipality_id","lease_id") REFERENCES "public"."lease"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_note" ADD CONSTRAINT "followup_note_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_note" ADD CONSTRAINT "followup_note_municipality_id_plan_id_followup_plan_municipality_id_id_fk" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "public"."followup_plan"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_note" ADD CONSTRAINT "followup_note_municipality_id_author_id_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","author_id") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_plan" ADD CONSTRAINT "followup_plan_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_plan" ADD CONSTRAINT "followup_plan_municipality_id_household_id_household_municipality_id_id_fk" FOREIGN KEY ("municipality_id","household_id") REFERENCES "public"."household"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_plan" ADD CONSTRAINT "followup_plan_municipality_id_responsible_worker_id_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","responsible_worker_id") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_service" ADD CONSTRAINT "followup_service_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_service" ADD CONSTRAINT "followup_service_municipality_id_plan_id_followup_plan_municipality_id_id_fk" FOREIGN KEY ("municipality_id","plan_id") REFERENCES "public"."followup_plan"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "followup_settings" ADD CONSTRAINT "followup_settings_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_first_participant" ADD CONSTRAINT "housing_first_participant_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_first_participant" ADD CONSTRAINT "housing_first_participant_municipality_id_person_id_person_municipality_id_id_fk" FOREIGN KEY ("municipality_id","person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_first_participant" ADD CONSTRAINT "housing_first_participant_municipality_id_household_id_household_municipality_id_id_fk" FOREIGN KEY ("municipality_id","household_id") REFERENCES "public"."household"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_first_participant" ADD CONSTRAINT "housing_first_participant_municipality_id_lease_id_lease_municipality_id_id_fk" FOREIGN KEY ("municipality_id","lease_id") REFERENCES "public"."lease"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "housing_first_target" ADD CONSTRAINT "housing_first_target_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_to_own_plan" ADD CONSTRAINT "rent_to_own_plan_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_to_own_plan" ADD CONSTRAINT "rent_to_own_plan_municipality_id_household_id_household_municipality_id_id_fk" FOREIGN KEY ("municipality_id","household_id") REFERENCES "public"."household"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_to_own_plan" ADD CONSTRAINT "rent_to_own_plan_municipality_id_lease_id_lease_municipality_id_id_fk" FOREIGN KEY ("municipality_id","lease_id") REFERENCES "public"."lease"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rent_to_own_plan" ADD CONSTRAINT "rent_to_own_plan_municipality_id_dwelling_id_dwelling_municipality_id_id_fk" FOREIGN KEY ("municipality_id","dwelling_id") REFERENCES "public"."dwelling"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_activity" ADD CONSTRAINT "building_activity_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caretaker_task" ADD CONSTRAINT "caretaker_task_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caretaker_task" ADD CONSTRAINT "caretaker_task_municipality_id_assigned_to_id_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","assigned_to_id") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neighbour_case" ADD CONSTRAINT "neighbour_case_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neighbour_case" ADD CONSTRAINT "neighbour_case_municipality_id_responsible_worker_id_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","responsible_worker_id") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neighbour_case_event" ADD CONSTRAINT "neighbour_case_event_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neighbour_case_event" ADD CONSTRAINT "neighbour_case_event_municipality_id_case_id_neighbour_case_municipality_id_id_fk" FOREIGN KEY ("municipality_id","case_id") REFERENCES "public"."neighbour_case"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neighbour_case_party" ADD CONSTRAINT "neighbour_case_party_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neighbour_case_party" ADD CONSTRAINT "neighbour_case_party_municipality_id_case_id_neighbour_case_municipality_id_id_fk" FOREIGN KEY ("municipality_id","case_id") REFERENCES "public"."neighbour_case"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neighbour_case_party" ADD CONSTRAINT "neighbour_case_party_municipality_id_household_id_household_municipality_id_id_fk" FOREIGN KEY ("municipality_id","household_id") REFERENCES "public"."household"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neighbour_case_party" ADD CONSTRAINT "neighbour_case_party_municipality_id_person_id_person_municipality_id_id_fk" FOREIGN KEY ("municipality_id","person_id") REFERENCES "public"."person"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "neighbour_case_party" ADD CONSTRAINT "neighbour_case_party_municipality_id_lease_id_lease_municipality_id_id_fk" FOREIGN KEY ("municipality_id","lease_id") REFERENCES "public"."lease"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boligskole_attendance" ADD CONSTRAINT "boligskole_attendance_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boligskole_attendance" ADD CONSTRAINT "boligskole_attendance_municipality_id_settlement_id_refugee_settlement_municipality_id_id_fk" FOREIGN KEY ("municipality_id","settlement_id") REFERENCES "public"."refugee_settlement"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landlord" ADD CONSTRAINT "landlord_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landlord_agreement" ADD CONSTRAINT "landlord_agreement_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landlord_agreement" ADD CONSTRAINT "landlord_agreement_municipality_id_landlord_id_landlord_municipality_id_id_fk" FOREIGN KEY ("municipality_id","landlord_id") REFERENCES "public"."landlord"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landlord_agreement" ADD CONSTRAINT "landlord_agreement_municipality_id_contact_person_id_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","contact_person_id") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_lease_help" ADD CONSTRAINT "private_lease_help_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_lease_help" ADD CONSTRAINT "private_lease_help_municipality_id_household_id_household_municipality_id_id_fk" FOREIGN KEY ("municipality_id","household_id") REFERENCES "public"."household"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_lease_help" ADD CONSTRAINT "private_lease_help_municipality_id_landlord_id_landlord_municipality_id_id_fk" FOREIGN KEY ("municipality_id","landlord_id") REFERENCES "public"."landlord"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "private_lease_help" ADD CONSTRAINT "private_lease_help_municipality_id_helped_by_id_staff_user_municipality_id_id_fk" FOREIGN KEY ("municipality_id","helped_by_id") REFERENCES "public"."staff_user"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refugee_settlement" ADD CONSTRAINT "refugee_settlement_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refugee_settlement" ADD CONSTRAINT "refugee_settlement_municipality_id_household_id_household_municipality_id_id_fk" FOREIGN KEY ("municipality_id","household_id") REFERENCES "public"."household"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refugee_settlement" ADD CONSTRAINT "refugee_settlement_municipality_id_private_lease_help_id_private_lease_help_municipality_id_id_fk" FOREIGN KEY ("municipality_id","private_lease_help_id") REFERENCES "public"."private_lease_help"("municipality_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fidelity_assessment_date_idx" ON "fidelity_assessment" USING btree ("municipality_id","assessed_on");--> statement-breakpoint
CREATE INDEX "followup_contact_plan_idx" ON "followup_contact" USING btree ("municipality_id","plan_id","planned_on");--> statement-breakpoint
CREATE INDEX "followup_contact_worker_idx" ON "followup_contact" USING btree ("municipality_id","worker_id","planned_on");--> statement-breakpoint
CREATE INDEX "followup_note_plan_idx" ON "followup_note" USING btree ("municipality_id","plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "followup_plan_one_open" ON "followup_plan" USING btree ("municipality_id","household_id") WHERE "followup_plan"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "followup_plan_worker_idx" ON "followup_plan" USING btree ("municipality_id","responsible_worker_id");--> statement-breakpoint
CREATE INDEX "followup_service_plan_idx" ON "followup_service" USING btree ("municipality_id","plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "housing_first_one_active" ON "housing_first_participant" USING btree ("municipality_id","person_id") WHERE "housing_first_participant"."exited_on" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "rent_to_own_one_active" ON "rent_to_own_plan" USING btree ("municipality_id","lease_id") WHERE "rent_to_own_plan"."status" = 'active';--> statement-breakpoint
CREATE INDEX "building_activity_building_idx" ON "building_activity" USING btree ("municipality_id","building_key","held_on");--> statement-breakpoint
CREATE INDEX "caretaker_task_building_idx" ON "caretaker_task" USING btree ("municipality_id","building_key","status");--> statement-breakpoint
CREATE INDEX "neighbour_case_building_idx" ON "neighbour_case" USING btree ("municipality_id","building_key");--> statement-breakpoint
CREATE INDEX "neighbour_case_event_case_idx" ON "neighbour_case_event" USING btree ("municipality_id","case_id");--> statement-breakpoint
CREATE INDEX "neighbour_case_party_case_idx" ON "neighbour_case_party" USING btree ("municipality_id","case_id");--> statement-breakpoint
CREATE INDEX "neighbour_case_party_household_idx" ON "neighbour_case_party" USING btree ("municipality_id","household_id");--> statement-breakpoint
CREATE INDEX "boligskole_attendance_settlement_idx" ON "boligskole_attendance" USING btree ("municipality_id","settlement_id");--> statement-breakpoint
CREATE INDEX "landlord_org_idx" ON "landlord" USING btree ("municipality_id","org_number");--> statement-breakpoint
CREATE INDEX "landlord_agreement_landlord_idx" ON "landlord_agreement" USING btree ("municipality_id","landlord_id");--> statement-breakpoint
CREATE INDEX "private_lease_help_household_idx" ON "private_lease_help" USING btree ("municipality_id","household_id");--> statement-breakpoint
CREATE INDEX "refugee_settlement_household_idx" ON "refugee_settlement" USING btree ("municipality_id","household_id");--> statement-breakpoint
CREATE POLICY "calculator_parameter_tenant" ON "calculator_parameter" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "fidelity_assessment_tenant" ON "fidelity_assessment" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "followup_contact_tenant" ON "followup_contact" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "followup_note_tenant" ON "followup_note" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "followup_plan_tenant" ON "followup_plan" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "followup_service_tenant" ON "followup_service" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "followup_settings_tenant" ON "followup_settings" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "housing_first_participant_tenant" ON "housing_first_participant" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "housing_first_target_tenant" ON "housing_first_target" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "rent_to_own_plan_tenant" ON "rent_to_own_plan" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "building_activity_tenant" ON "building_activity" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "caretaker_task_tenant" ON "caretaker_task" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "neighbour_case_tenant" ON "neighbour_case" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "neighbour_case_event_tenant" ON "neighbour_case_event" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "neighbour_case_party_tenant" ON "neighbour_case_party" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "boligskole_attendance_tenant" ON "boligskole_attendance" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "landlord_tenant" ON "landlord" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "landlord_agreement_tenant" ON "landlord_agreement" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "private_lease_help_tenant" ON "private_lease_help" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);--> statement-breakpoint
CREATE POLICY "refugee_settlement_tenant" ON "refugee_settlement" AS PERMISSIVE FOR ALL TO "husly_app" USING ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer) WITH CHECK ("municipality_id" = nullif(current_setting('husly.municipality_id', true), '')::integer);