import type { Language } from '../../../contracts/common';
import type { reasonSchema } from '../../../contracts/allocation';
import type { z } from 'zod';
import { explainText } from '../../../domain/allocation/explain';
import { BUILT_IN_PRIORITY_RULE_SETS } from '../../../domain/allocation/priority-rules/index';
import type { PriorityRuleSet } from '../../../domain/allocation/priority-types';
import type { Reason } from '../../../domain/allocation/reasons';
import { judgeRefusal, offerRulesFor, type RefusalConsequence, type RefusalReason } from '../../../domain/offers/rules';
import type { Catalogue } from '../../app/i18n/nb';

export type ReasonDto = z.infer<typeof reasonSchema>;

/**
 * A structured reason as a sentence in the reader's language, by the domain's own templates
 * (domain/allocation/explain.ts). A code this version does not know still shows, by its code.
 */
export function reasonText(reason: ReasonDto, language: Language, t: Catalogue): string {
  try {
    return explainText(reason as unknown as Reason, language);
  } catch {
    return t.allocation.unknownReason(reason.code);
  }
}

/** The built-in priority rule set the waiting list was ordered by, for its bands and override limit; undefined for a municipality's own copy. */
export function priorityRuleSet(ruleSet: { id: string; version: number }): PriorityRuleSet | undefined {
  return BUILT_IN_PRIORITY_RULE_SETS.find((r) => r.id === ruleSet.id && r.version === ruleSet.version);
}

/** The stored consequence of a refusal ({"kind":"pause_and_review","days":90}) in plain words. */
export function consequenceText(stored: string | null, t: Catalogue): string | null {
  if (stored === null) return null;
  let consequence: RefusalConsequence;
  try {
    consequence = JSON.parse(stored) as RefusalConsequence;
  } catch {
    return stored;
  }
  const o = t.offers;
  switch (consequence.kind) {
    case 'none':
      return o.consequenceNone;
    case 'pause_and_review':
      return o.consequencePause(consequence.days);
    case 'leaves_list':
      return o.consequenceLeaves;
    default:
      return stored;
  }
}

/** Whether the municipality's offer rules count a refusal reason as reasonable («saklig grunn»); the first refusal. */
export function reasonableByRule(kommunenummer: string, offeredOn: string, reason: RefusalReason): boolean | null {
  try {
    return judgeRefusal(offerRulesFor(kommunenummer, offeredOn), reason, 0).reasonable;
  } catch {
    return null;
  }
}
