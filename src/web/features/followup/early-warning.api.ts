import type { FollowupSettings, SaveSettingsBody } from '../../../contracts/followup-signals';
import type { Task } from '../../../contracts/tasks';
import { api } from '../../app/api';

/** The early-warning thresholds (in force, defaults, history) and whether the user may change them. */
export function getFollowupSettings(signal: AbortSignal): Promise<FollowupSettings> {
  return api.get<FollowupSettings>('/api/followup/settings', signal);
}

/** Adds the thresholds from a date (admin). */
export function saveFollowupSettings(body: SaveSettingsBody): Promise<FollowupSettings> {
  return api.put<FollowupSettings>('/api/followup/settings', body);
}

/** Closes an early-warning or move-in-visit task with an outcome code and a note. */
export function closeFollowupTask(id: string, outcome: string, note: string): Promise<Task> {
  return api.post<Task>(`/api/tasks/${encodeURIComponent(id)}/close`, { outcome, ...(note ? { note } : {}) });
}
