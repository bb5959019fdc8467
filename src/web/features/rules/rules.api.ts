import type { RuleSetText } from '../../../contracts/cases';
import { api } from '../../app/api';

/** The eligibility rule set in force today, as text in the UI language (admin, caseworker). */
export function getRules(signal: AbortSignal): Promise<RuleSetText> {
  return api.get<RuleSetText>('/api/rules', signal);
}
