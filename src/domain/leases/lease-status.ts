/**
 * A lease's life: `draft` (written, not signed; it already holds the dwelling's dates) →
 * `signed` → `terminated` (oppsigelse or heving given; runs until it ends) → `ended`.
 * A draft may be `cancelled`, which frees the dwelling (the exclusion constraint ignores it).
 */
export const LEASE_STATUSES = ['draft', 'signed', 'terminated', 'ended', 'cancelled'] as const;
export type LeaseStatus = (typeof LEASE_STATUSES)[number];

/** Leases that run (charges, signals, adjustments): signed, or terminated but not yet ended. */
export const RUNNING_STATUSES: readonly LeaseStatus[] = ['signed', 'terminated'];

/** Why a lease ended (for the indicators: evictions, transfers, moves to own housing). */
export const END_REASONS = ['expired', 'tenant_notice', 'landlord_termination', 'eviction', 'transfer', 'death', 'agreement', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

/**
 * Outcomes of a renewal assessment (issue 4): renew (a new decision through a rental case of
 * kind `renewal`), refer to startlån / rent-to-own, help into a private rental, or end.
 */
export const RENEWAL_OUTCOMES = ['renew', 'refer_startlan', 'private_rental', 'end'] as const;
export type RenewalOutcome = (typeof RENEWAL_OUTCOMES)[number];
