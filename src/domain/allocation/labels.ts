/** Names of need categories, special needs and need groups in bokmål, nynorsk and English. */
import { text } from '../eligibility/labels.js';
import type { LocalizedText, NeedCategory, SpecialNeedFlag } from './types.js';

export const NEED_CATEGORY_LABELS: Readonly<Record<NeedCategory, LocalizedText>> = {
  refugee: text('flyktning', 'flyktning', 'refugee'),
  mental_illness: text('psykiske lidelser', 'psykiske lidingar', 'mental illness'),
  substance_use: text('rusutfordringer', 'rusutfordringar', 'substance use'),
  mental_illness_and_substance_use: text('rus og psykiske lidelser (ROP)', 'rus og psykiske lidingar (ROP)', 'substance use and mental illness (ROP)'),
  adapted_dwelling: text('behov for tilrettelagt bolig', 'behov for tilrettelagd bustad', 'needs an adapted dwelling'),
  other: text('andre behov', 'andre behov', 'other needs'),
  no_needs_test: text('uten behovsprøving', 'utan behovsprøving', 'no needs test'),
};

export const SPECIAL_NEED_LABELS: Readonly<Record<SpecialNeedFlag, LocalizedText>> = {
  wheelchair: text('rullestol', 'rullestol', 'wheelchair'),
  lift: text('heis', 'heis', 'lift'),
  groundFloor: text('bolig på bakkeplan', 'bustad på bakkeplan', 'ground floor'),
  staffed: text('døgnbemannet bolig', 'døgnbemanna bustad', 'staffed day and night'),
  staffBase: text('personalbase', 'personalbase', 'staff base'),
};

/** A need group's name: the need category's label when the group is named after one, else the id as written. */
export function needGroupLabel(group: string): LocalizedText {
  return (NEED_CATEGORY_LABELS as Readonly<Record<string, LocalizedText>>)[group] ?? text(group, group, group);
}
