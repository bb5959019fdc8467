/**
 * Leases (leiekontrakter), renewal assessments, rent adjustments, eviction steps and the rent
 * ledger. Amounts are whole kroner; dates are ISO calendar dates; a lease's `endDate` is its
 * last day («til og med»), null when open-ended.
 */
import { z } from 'zod';
import { NEED_CATEGORIES } from '../domain/cases/case-types.js';
import { ADJUSTMENT_KINDS } from '../domain/leases/rent-adjustment.js';
import { EVICTION_STEPS } from '../domain/leases/eviction.js';
import { ITEM_STATES, MOVE_OUT_CONDITIONS } from '../domain/leases/inspections.js';
import { END_REASONS, LEASE_STATUSES, RENEWAL_OUTCOMES } from '../domain/leases/lease-status.js';
import { DEPOSIT_TYPES, RENT_MODELS } from '../domain/leases/terms.js';
import { pageQuerySchema, timestampSchema, uuidSchema } from './common.js';

const isoDate = z.iso.date();
const kroner = z.number().int().min(0).max(10_000_000);
const note = z.string().trim().max(4000);
/** KPI as SSB publishes it (2015 = 100), with one decimal. */
const kpi = z.number().positive().max(10_000).multipleOf(0.1);

// ——— Requests ———

export const createLeaseBodySchema = z.object({
  dwellingId: uuidSchema,
  householdId: uuidSchema,
  /** The allocation decision the lease rests on. */
  decisionId: uuidSchema.optional(),
  startDate: isoDate,
  /** Last day. Left out: computed by the municipality's length rule. null: open-ended. */
  endDate: isoDate.nullable().optional(),
  section111: z.boolean().default(false),
  /** The day the tenant was told in writing that this is a § 11-1 lease with fewer rights. */
  section111NoticeOn: isoDate.nullable().default(null),
  /** § 9-3: the reason given in writing for a term shorter than three years. */
  shortTermReason: z.string().trim().min(1).max(2000).nullable().default(null),
  depositType: z.enum(DEPOSIT_TYPES),
  depositAmount: kroner.default(0),
  rentModel: z.enum(RENT_MODELS),
  monthlyRent: kroner.min(1),
});
export type CreateLeaseBody = z.infer<typeof createLeaseBodySchema>;

export const signLeaseBodySchema = z.object({
  signedOn: isoDate,
  /** Records the § 11-1 notice date at signing, when it was not recorded on the draft. */
  section111NoticeOn: isoDate.optional(),
});
export type SignLeaseBody = z.infer<typeof signLeaseBodySchema>;

export const reasonBodySchema = z.object({ reason: z.string().trim().min(1).max(2000) });

const checklistEntrySchema = z.object({
  item: z.string().regex(/^[a-z0-9_]{1,50}$/),
  state: z.enum(ITEM_STATES),
  note: z.string().trim().max(1000).nullable().default(null),
});
const meterReadingsSchema = z.object({
  electricity: z.number().min(0).max(100_000_000).nullable().default(null),
  water: z.number().min(0).max(100_000_000).nullable().default(null),
});

export const moveInBodySchema = z.object({
  movedInOn: isoDate,
  items: z.array(checklistEntrySchema).max(60),
  meterReadings: meterReadingsSchema.prefault({}),
  keysHandedOver: z.number().int().min(0).max(50),
  note: note.nullable().default(null),
});
export type MoveInBody = z.infer<typeof moveInBodySchema>;

export const moveOutBodySchema = z.object({
  inspectedOn: isoDate,
  condition: z.enum(MOVE_OUT_CONDITIONS),
  items: z.array(checklistEntrySchema).max(60),
  damages: z.array(z.object({ description: z.string().trim().min(1).max(1000), amount: kroner })).max(50).default([]),
  meterReadings: meterReadingsSchema.prefault({}),
  keysReturned: z.number().int().min(0).max(50),
  /** Blocked account: retained + returned = the deposit. NAV guarantee: retained is the claim. */
  depositSettlement: z.object({ retained: kroner, returned: kroner }),
  note: note.nullable().default(null),
});
export type MoveOutBody = z.infer<typeof moveOutBodySchema>;

/** § 9-2 (3): the landlord's written demand that the tenant move out when the lease ends. */
export const noticeBodySchema = z.object({ givenOn: isoDate, note: note.nullable().default(null) });

export const endLeaseBodySchema = z.object({ endedOn: isoDate, reason: z.enum(END_REASONS), note: note.nullable().default(null) });
export type EndLeaseBody = z.infer<typeof endLeaseBodySchema>;

export const evictionStepBodySchema = z.object({ step: z.enum(EVICTION_STEPS), stepOn: isoDate, note: note.nullable().default(null) });
export type EvictionStepBody = z.infer<typeof evictionStepBodySchema>;

export const adjustmentBodySchema = z
  .object({
    kind: z.enum(ADJUSTMENT_KINDS),
    noticeSentOn: isoDate,
    effectiveOn: isoDate,
    /** Gjengs: required. Index: optional, at most what KPI allows (the KPI result when left out). */
    newRent: kroner.min(1).optional(),
    kpiFrom: kpi.optional(),
    kpiTo: kpi.optional(),
  })
  .superRefine((v, ctx) => {
    const missing = (path: string) => ctx.addIssue({ code: 'invalid_type', expected: 'number', input: undefined, path: [path], message: 'Invalid input: expected number, received undefined' });
    if (v.kind === 'index' && v.kpiFrom === undefined) missing('kpiFrom');
    if (v.kind === 'index' && v.kpiTo === undefined) missing('kpiTo');
    if (v.kind === 'gjengs' && v.newRent === undefined) missing('newRent');
  });
export type AdjustmentBody = z.infer<typeof adjustmentBodySchema>;

export const renewalOutcomeBodySchema = z.object({
  outcome: z.enum(RENEWAL_OUTCOMES),
  note: z.string().trim().min(1).max(4000),
  /** For `renew`: the KOSTRA need category of the renewal case (default `other`). */
  needCategory: z.enum(NEED_CATEGORIES).optional(),
});
export type RenewalOutcomeBody = z.infer<typeof renewalOutcomeBodySchema>;

export const generateChargesBodySchema = z.object({ upTo: isoDate });

/** The accounting system's CSV export as text; the format is described in docs/adr/0007. */
export const importPaymentsBodySchema = z.object({ csv: z.string().min(1).max(900_000) });

export const leaseListQuerySchema = pageQuerySchema.extend({
  dwellingId: uuidSchema.optional(),
  householdId: uuidSchema.optional(),
  status: z.enum(LEASE_STATUSES).optional(),
});
export type LeaseListQuery = z.infer<typeof leaseListQuerySchema>;
export const expiringQuerySchema = z.object({ within: z.coerce.number().int().min(1).max(24).default(6) });
export const renewalsQuerySchema = z.object({ state: z.enum(['open', 'decided', 'all']).default('open') });
export const idParamsSchema = z.object({ id: uuidSchema });

// ——— Responses ———

export const leaseSummarySchema = z.object({
  id: uuidSchema,
  dwellingId: uuidSchema,
  dwellingAddress: z.string(),
  householdId: uuidSchema,
  /** The head of the household; null when the tenant's protected address hides the link from this role. */
  tenantName: z.string().nullable(),
  tenantProtected: z.boolean(),
  status: z.enum(LEASE_STATUSES),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  monthlyRent: z.number().int(),
  rentModel: z.enum(RENT_MODELS),
  section111: z.boolean(),
  signedOn: isoDate.nullable(),
  noticeGivenOn: isoDate.nullable(),
  endedOn: isoDate.nullable(),
});
export type LeaseSummary = z.infer<typeof leaseSummarySchema>;

export const section92AlarmSchema = z.object({
  level: z.enum(['alarm', 'critical', 'lapsed']),
  endDate: isoDate,
  /** Last day a written notice to leave keeps the lease from becoming open-ended. */
  deadline: isoDate,
  daysLeft: z.number().int(),
});

export const renewalSchema = z.object({
  id: uuidSchema,
  leaseId: uuidSchema,
  openedOn: isoDate,
  outcome: z.enum(RENEWAL_OUTCOMES).nullable(),
  outcomeOn: isoDate.nullable(),
  caseId: uuidSchema.nullable(),
  note: z.string().nullable(),
});
export type Renewal = z.infer<typeof renewalSchema>;

const recordSchema = z.record(z.string(), z.unknown());

export const leaseDetailSchema = leaseSummarySchema.extend({
  decisionId: uuidSchema.nullable(),
  section111NoticeOn: isoDate.nullable(),
  shortTermReason: z.string().nullable(),
  /** Which length rule gave the end date (`manual` when it was typed in). */
  lengthRule: z.string().nullable(),
  depositType: z.enum(DEPOSIT_TYPES),
  depositAmount: z.number().int(),
  lastIndexAdjustmentOn: isoDate.nullable(),
  lastGjengsAdjustmentOn: isoDate.nullable(),
  endReason: z.string().nullable(),
  moveIn: recordSchema.nullable(),
  moveOut: recordSchema.nullable(),
  evictionSteps: z.array(z.object({ id: uuidSchema, step: z.enum(EVICTION_STEPS), stepOn: isoDate, note: z.string().nullable(), createdAt: timestampSchema })),
  allowedEvictionSteps: z.array(z.enum(EVICTION_STEPS)),
  adjustments: z.array(
    z.object({
      id: uuidSchema,
      kind: z.enum(ADJUSTMENT_KINDS),
      noticeSentOn: isoDate,
      effectiveOn: isoDate,
      oldRent: z.number().int(),
      newRent: z.number().int(),
      basis: recordSchema,
    }),
  ),
  renewal: renewalSchema.nullable(),
  section92: section92AlarmSchema.nullable(),
});
export type LeaseDetail = z.infer<typeof leaseDetailSchema>;

export const leaseListSchema = z.object({ total: z.number().int(), items: z.array(leaseSummarySchema) });

export const arrearsSchema = z.object({
  asOf: isoDate,
  amount: z.number().int(),
  missedPayments: z.number().int(),
  oldestUnpaidDueOn: isoDate.nullable(),
  warning: z.boolean(),
  reasons: z.array(z.enum(['arrears_months_of_rent', 'missed_payments'])),
});

export const ledgerSchema = z.object({
  leaseId: uuidSchema,
  monthlyRent: z.number().int(),
  charges: z.array(z.object({ period: isoDate, dueOn: isoDate, amount: z.number().int() })),
  payments: z.array(z.object({ paidOn: isoDate, amount: z.number().int(), reference: z.string() })),
  totals: z.object({ charged: z.number().int(), paid: z.number().int(), balance: z.number().int() }),
  arrears: arrearsSchema,
});

export const expiringListSchema = z.object({
  items: z.array(leaseSummarySchema.extend({ renewalOpensOn: isoDate, renewalId: uuidSchema.nullable() })),
});
export const alarmListSchema = z.object({ items: z.array(leaseSummarySchema.extend({ alarm: section92AlarmSchema })) });
export const arrearsListSchema = z.object({ items: z.array(leaseSummarySchema.extend({ arrears: arrearsSchema })) });
export const renewalListSchema = z.object({ items: z.array(renewalSchema.extend({ lease: leaseSummarySchema })) });
export const renewalOutcomeResultSchema = renewalSchema.extend({ caseNumber: z.string().nullable() });

export const signalsRunSchema = z.object({
  today: isoDate,
  renewalsOpened: z.number().int(),
  alarmsRaised: z.number().int(),
  arrearsTasksRaised: z.number().int(),
});
export const generateChargesResultSchema = z.object({ upTo: isoDate, leases: z.number().int(), created: z.number().int() });
export const importPaymentsResultSchema = z.object({
  rows: z.number().int(),
  imported: z.number().int(),
  /** Rows whose reference was imported before with the same lease, date and amount. */
  skipped: z.number().int(),
  arrearsTasksRaised: z.number().int(),
});
