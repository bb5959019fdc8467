/** Tasks raised by signals (arrears, renewal due, § 9-2 alarm …) for a role's work queue. */
import { z } from 'zod';
import { uuidSchema } from './common.js';

const isoDate = z.iso.date();

export const taskSchema = z.object({
  id: uuidSchema,
  /** `arrears`, `arrears_followup`, `lease_renewal`, `lease_9_2_alarm`, … */
  kind: z.string(),
  signalKey: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  assignedRole: z.string(),
  /** The worker the task is for by name; null when it is for everyone in the role. */
  assignedToId: uuidSchema.nullable(),
  /** Why the task exists, in bokmål (the web shows its own text by `kind` when it has one). */
  reason: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdOn: isoDate,
  dueOn: isoDate.nullable(),
  closedOn: isoDate.nullable(),
  outcome: z.string().nullable(),
});
export type Task = z.infer<typeof taskSchema>;

export const taskListQuerySchema = z.object({ kind: z.string().regex(/^[a-z0-9_]{1,50}$/).optional() });
export const taskListSchema = z.object({ items: z.array(taskSchema) });
export const closeTaskBodySchema = z.object({
  outcome: z.string().trim().min(1).max(1000),
  /** A short note on what was done (kept in the task's data as `closeNote`); some outcomes require one. */
  note: z.string().trim().max(1000).optional(),
});
