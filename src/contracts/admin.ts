import { z } from 'zod';
import { languageSchema, pageQuerySchema, timestampSchema, uuidSchema } from './common.js';
import { roleSchema } from './session.js';

export const staffUserSchema = z.object({
  id: uuidSchema,
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  language: languageSchema,
  active: z.boolean(),
  createdAt: timestampSchema,
});
export type StaffUser = z.infer<typeof staffUserSchema>;

export const staffUserListSchema = z.object({ items: z.array(staffUserSchema) });

export const createStaffUserBodySchema = z.object({
  username: z
    .string()
    .trim()
    .min(2)
    .max(50)
    .regex(/^[a-z0-9._-]+$/),
  displayName: z.string().trim().min(1).max(120),
  role: roleSchema,
  language: languageSchema.default('nb'),
  password: z.string().min(12).max(200),
});
export type CreateStaffUserBody = z.infer<typeof createStaffUserBodySchema>;

export const updateStaffUserBodySchema = z.object({
  displayName: z.string().trim().min(1).max(120).optional(),
  role: roleSchema.optional(),
  active: z.boolean().optional(),
  /** Why the change is made; kept in the audit log. */
  reason: z.string().trim().min(3).max(500),
});
export type UpdateStaffUserBody = z.infer<typeof updateStaffUserBodySchema>;

export const auditQuerySchema = pageQuerySchema.extend({
  type: z.string().max(100).optional(),
  actor: z.string().max(100).optional(),
  subjectId: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEventSchema = z.object({
  id: uuidSchema,
  occurredAt: timestampSchema,
  actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(),
  type: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  reason: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  requestId: z.string().nullable(),
});
export const auditEventListSchema = z.object({
  items: z.array(auditEventSchema),
  total: z.number().int(),
});

export const accessLogQuerySchema = pageQuerySchema.extend({
  actor: z.string().max(100).optional(),
  subjectType: z.string().max(50).optional(),
  subjectId: z.string().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type AccessLogQuery = z.infer<typeof accessLogQuerySchema>;

export const accessLogEntrySchema = z.object({
  id: uuidSchema,
  occurredAt: timestampSchema,
  actorUsername: z.string().nullable(),
  actorRole: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  purpose: z.string(),
  requestId: z.string().nullable(),
});
export const accessLogListSchema = z.object({
  items: z.array(accessLogEntrySchema),
  total: z.number().int(),
});
