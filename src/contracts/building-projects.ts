import { z } from 'zod';
import { PROJECT_KINDS, PROJECT_STATUSES } from '../domain/building-projects/status.js';
import { timestampSchema, uuidSchema } from './common.js';

/**
 * Building projects and zoning plans (issue 7 § 6) checked against the adopted action plan's quotas,
 * with the start-up meeting's review checklist and the status through to completion. The manager and
 * the property manager; nobody else.
 */

const isoDate = z.iso.date();
const optionalDate = isoDate.nullable().optional();

export const projectKindSchema = z.enum(PROJECT_KINDS);
export const projectStatusSchema = z.enum(PROJECT_STATUSES);

const fields = {
  kind: projectKindSchema,
  name: z.string().trim().min(1).max(200),
  /** PlanID or the case number in the planning system. */
  reference: z.string().trim().max(100),
  developer: z.string().trim().max(200),
  districtCode: z.string().trim().min(1).max(20).nullable(),
  unitsTotal: z.number().int().min(1).max(100000),
  startupMeetingOn: optionalDate,
  expectedCompletionOn: optionalDate,
  note: z.string().trim().max(4000),
};

export const createProjectBodySchema = z.strictObject({
  ...fields,
  reference: fields.reference.default(''),
  developer: fields.developer.default(''),
  districtCode: fields.districtCode.optional(),
  note: fields.note.default(''),
});
export type CreateProjectBody = z.infer<typeof createProjectBodySchema>;

export const updateProjectBodySchema = z.strictObject({
  kind: fields.kind.optional(),
  name: fields.name.optional(),
  reference: fields.reference.optional(),
  developer: fields.developer.optional(),
  districtCode: fields.districtCode.optional(),
  unitsTotal: fields.unitsTotal.optional(),
  startupMeetingOn: optionalDate,
  expectedCompletionOn: optionalDate,
  note: fields.note.optional(),
});
export type UpdateProjectBody = z.infer<typeof updateProjectBodySchema>;

export const statusBodySchema = z.strictObject({
  status: projectStatusSchema,
  /** The day it was completed (completed only; today when left out). */
  completedOn: isoDate.optional(),
});
export type StatusBody = z.infer<typeof statusBodySchema>;

export const quotaUnitsBodySchema = z.strictObject({
  units: z.array(z.strictObject({ groupKey: z.string().trim().min(1).max(50), plannedUnits: z.number().int().min(0).max(100000) })).max(20),
});
export type QuotaUnitsBody = z.infer<typeof quotaUnitsBodySchema>;

export const checkParamsSchema = z.object({ id: uuidSchema, itemKey: z.string().min(1).max(50) });
export const checkBodySchema = z.strictObject({ done: z.boolean(), note: z.string().trim().max(1000).default('') });
export type CheckBody = z.infer<typeof checkBodySchema>;

export const projectListQuerySchema = z.object({ status: z.union([projectStatusSchema, z.literal('open'), z.literal('all')]).default('all') });

export const projectSummarySchema = z.object({
  id: uuidSchema,
  kind: projectKindSchema,
  name: z.string(),
  reference: z.string(),
  developer: z.string(),
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  unitsTotal: z.number().int(),
  status: projectStatusSchema,
  startupMeetingOn: isoDate.nullable(),
  expectedCompletionOn: isoDate.nullable(),
  completedOn: isoDate.nullable(),
  /** Null when the municipality has no adopted plan to check against. */
  quotaCompliant: z.boolean().nullable(),
  quotaShortCount: z.number().int(),
  checklistDone: z.number().int(),
  checklistTotal: z.number().int(),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

export const districtOptionSchema = z.object({ code: z.string(), name: z.string() });

export const projectListSchema = z.object({ items: z.array(projectSummarySchema), districts: z.array(districtOptionSchema) });
export type ProjectList = z.infer<typeof projectListSchema>;

export const quotaLineSchema = z.object({
  groupKey: z.string(),
  sharePercent: z.number(),
  minUnits: z.number().int(),
  applies: z.boolean(),
  requiredUnits: z.number().int(),
  plannedUnits: z.number().int(),
  met: z.boolean(),
  shortBy: z.number().int(),
});
export type QuotaLine = z.infer<typeof quotaLineSchema>;

export const checklistEntrySchema = z.object({
  key: z.string(),
  done: z.boolean(),
  note: z.string(),
  checkedByName: z.string().nullable(),
  checkedAt: timestampSchema.nullable(),
});

export const projectSchema = projectSummarySchema.extend({
  note: z.string(),
  allowedNext: z.array(projectStatusSchema),
  plan: z.object({ id: uuidSchema, title: z.string(), adoptedRef: z.string().nullable() }).nullable(),
  quotaLines: z.array(quotaLineSchema),
  /** Planned units per group key, also for groups the plan has no quota for. */
  plannedUnits: z.array(z.object({ groupKey: z.string(), plannedUnits: z.number().int() })),
  checklist: z.array(checklistEntrySchema),
  districts: z.array(districtOptionSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Project = z.infer<typeof projectSchema>;
