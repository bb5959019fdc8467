import { describe, expect, it } from 'vitest';
import { en } from '../../app/i18n/en';
import { nb } from '../../app/i18n/nb';
import { nn } from '../../app/i18n/nn';
import { consequenceText, priorityRuleSet, reasonableByRule, reasonText } from './allocation-format';

describe('allocation texts on the web', () => {
  it('renders a reason with the domain’s own template in each language, and an unknown code by its code', () => {
    const reason = { code: 'priority_base', params: { points: 10 } };
    expect(reasonText(reason, 'nb', nb)).toBe('Grunnpoeng: 10 poeng.');
    expect(reasonText(reason, 'en', en)).toBe('Base points: 10.');
    expect(reasonText({ code: 'from_a_newer_version', params: {} }, 'nn', nn)).toBe('Grunngiving som denne versjonen av Husly ikkje kjenner (from_a_newer_version).');
  });

  it('says what a stored refusal consequence means', () => {
    expect(consequenceText('{"kind":"none"}', nb)).toBe(nb.offers.consequenceNone);
    expect(consequenceText('{"kind":"pause_and_review","days":90}', nb)).toContain('i 90 dager');
    expect(consequenceText('{"kind":"pause_and_review","days":1}', en)).toContain('for 1 day,');
    expect(consequenceText('{"kind":"leaves_list"}', nn)).toBe(nn.offers.consequenceLeaves);
    expect(consequenceText(null, nb)).toBeNull();
    expect(consequenceText('not json', nb)).toBe('not json');
  });

  it('judges a refusal reason by the municipality’s offer rules, and finds the built-in priority rule set', () => {
    expect(reasonableByRule('9999', '2026-01-10', 'safety')).toBe(true);
    expect(reasonableByRule('9999', '2026-01-10', 'preference')).toBe(false);
    expect(reasonableByRule('9999', '2020-01-01', 'safety')).toBeNull();
    expect(priorityRuleSet({ id: 'demo-9999-priority-v1', version: 1 })?.override.maxPoints).toBe(200);
    expect(priorityRuleSet({ id: 'a-municipality-copy', version: 3 })).toBeUndefined();
  });
});
