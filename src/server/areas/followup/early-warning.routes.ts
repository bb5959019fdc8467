import { errorResponseSchema } from '../../../contracts/errors.js';
import { signalsRunSchema } from '../../../contracts/followup-signals.js';
import { EARLY_WARNING_KEY_PREFIX } from '../../../domain/followup/early-warning.js';
import { MOVE_IN_VISIT_KEY_PREFIX } from '../../../domain/followup/move-in.js';
import { serviceContext, type ServiceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { registerCloseGuard, registerQueueRefresher } from '../tasks/task-hooks.js';
import { ensureFollowupSignalsToday, guardFollowupTaskClose, runFollowupSignals } from './early-warning.service.js';
import { registerSettingsRoutes } from './settings.routes.js';

export type ContextOf = (req: Parameters<typeof requireActor>[0]) => ServiceContext;

const errors = { 401: errorResponseSchema, 403: errorResponseSchema };

/**
 * Early warning and the home visit after move-in (issue 6 points 3–4): the run on demand, the
 * thresholds, and the hooks into the task queue — the close guard for `ew-…` and `move-in-visit:…`
 * tasks and the daily run before a queue is listed.
 */
export function registerFollowupSignalRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf: ContextOf = (req) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);
  app.post(
    '/api/followup/signals/run',
    { schema: { tags: ['followup'], summary: 'Run the early-warning and move-in-visit signals now (caseworker, follow-up, admin)', response: { 200: signalsRunSchema, ...errors } } },
    async (req) => runFollowupSignals(ctxOf(req)),
  );
  registerSettingsRoutes(app, ctxOf);
  registerCloseGuard(EARLY_WARNING_KEY_PREFIX, guardFollowupTaskClose);
  registerCloseGuard(MOVE_IN_VISIT_KEY_PREFIX, guardFollowupTaskClose);
  registerQueueRefresher('followup-signals', ensureFollowupSignalsToday);
}
