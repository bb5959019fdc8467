/** Small schemas shared by the case contracts. */
import { z } from 'zod';
import { uuidSchema } from './common.js';

const isoDate = z.iso.date();

/** A staff member as shown on a case: id and display name only. */
export const staffRefSchema = z.object({ id: uuidSchema, displayName: z.string() });

/** Where a case stands against the foreløpig-svar duty (fvl. § 11a), from caseDeadlineStatus. */
export const deadlineSchema = z.object({
  state: z.enum(['ok', 'warning', 'overdue', 'replied', 'decided']),
  preliminaryReplyDue: isoDate,
  warningFrom: isoDate,
  daysOverdue: z.number().int(),
});

