import { osloDate } from '../../../domain/deadlines/calendar.js';
import type { ServiceContext } from '../../platform/context.js';

/** Today's date in Norway by the request's clock: every length and flag is measured to it. */
export const todayOf = (ctx: Pick<ServiceContext, 'clock'>): string => osloDate(ctx.clock.now());
