/**
 * The case types Husly handles, each with its own legal basis, decision-maker and appeal
 * body (domain.md § 10.1). The full legal references, versioned, are in domain/letters/legal-basis.ts.
 */
export const CASE_TYPES = [
  /** Individually adapted help, boligsosial lov §§ 6–7; appeal to Statsforvalteren. */
  'housing_help',
  /** Municipal rental dwelling (kommunalt disponert bolig): new, change or renewal; appeal to the municipal appeal board. */
  'rental_dwelling',
  /** Temporary accommodation, sosialtjenesteloven § 27, decided by NAV; appeal to Statsforvalteren (§ 48). */
  'temporary_accommodation',
  /** Startlån or boligtilskudd (forskrift om lån fra Husbanken); registered and referred here. */
  'startlan',
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** The KOSTRA split of rental-dwelling applications: a "change" or "renewal" is not a new applicant. */
export const RENTAL_KINDS = ['new', 'change', 'renewal'] as const;
export type RentalKind = (typeof RENTAL_KINDS)[number];

/** Agencies a person can consent to share information with (fvl. § 13a nr. 1). */
export const CONSENT_RECIPIENTS = ['nav', 'specialist_health', 'followup_team', 'housing_office', 'husbanken'] as const;
export type ConsentRecipient = (typeof CONSENT_RECIPIENTS)[number];

export const NOTE_SENSITIVITIES = ['none', 'health', 'substance_use'] as const;
export type NoteSensitivity = (typeof NOTE_SENSITIVITIES)[number];

export const ADDRESS_PROTECTIONS = ['none', 'fortrolig', 'strengt_fortrolig'] as const;
export type AddressProtection = (typeof ADDRESS_PROTECTIONS)[number];

/** How a request for help reached the office (digital comes later, with the citizen portal). */
export const INTAKE_CHANNELS = ['paper', 'phone', 'meeting'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

/**
 * The main reason for the need, as KOSTRA's «Kommunalt disponerte boliger» asks for it
 * (domain.md § 10.2): refugee, mental illness, substance use, both (ROP), adapted dwelling,
 * other, and no needs test.
 */
export const NEED_CATEGORIES = [
  'refugee',
  'mental_illness',
  'substance_use',
  'mental_illness_and_substance_use',
  'adapted_dwelling',
  'other',
  'no_needs_test',
] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];

/** Answer to «is shared housing (bofellesskap) suitable?». */
export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];

/** Suggested documentation checklist items; a municipality may use its own codes as well. */
export const DOCUMENTATION_ITEMS = [
  'identity',
  'income_statement',
  'tax_assessment',
  'residence_permit',
  'own_housing_attempts',
  'current_lease',
  'medical_statement',
  'debt_repayment_plan',
  'other',
] as const;

export const DOCUMENT_STATUSES = ['missing', 'received'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
