/**
 * The case types Husly handles, each with its own legal basis, decision-maker and appeal
 * body (domain.md § 10.1). The full legal references, versioned, are in legal-basis.ts.
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
