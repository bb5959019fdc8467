import { errorResponseSchema } from '../../../contracts/errors.js';
import { saveSettingsBodySchema, settingsSchema } from '../../../contracts/followup-signals.js';
import type { HuslyApp } from '../../platform/http.js';
import type { ContextOf } from './early-warning.routes.js';
import { getFollowupSettings, saveFollowupSettings } from './settings.service.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };
const tags = ['followup'];

/** The early-warning thresholds per municipality, dated. */
export function registerSettingsRoutes(app: HuslyApp, ctxOf: ContextOf): void {
  app.get('/api/followup/settings', { schema: { tags, summary: 'Early-warning thresholds: in force today, defaults, dated history', response: { 200: settingsSchema, ...errors } } }, async (req) =>
    getFollowupSettings(ctxOf(req)),
  );
  app.put(
    '/api/followup/settings',
    { schema: { tags, summary: 'Add the thresholds from a date (admin; today or later, the same date replaces)', body: saveSettingsBodySchema, response: { 200: settingsSchema, ...errors } } },
    async (req) => saveFollowupSettings(ctxOf(req), req.body),
  );
}
