import { describe, expect, it } from 'vitest';
import { base, ruleSetOf } from './fixtures.js';
import { renderRuleSet, renderRuleSetText } from './render.js';
import { DEMO_9999_V1, NABO_9998_V1 } from './rule-sets/index.js';

describe('renderRuleSet', () => {
  it('opens with the version, the date in force, the validity and the source', () => {
    const [header] = renderRuleSet(DEMO_9999_V1, 'nb');
    expect(header?.heading).toBe('Vilkår for kommunal utleiebolig (kommune 9999, versjon 1)');
    expect(header?.lines).toEqual([
      'Gjelder fra 1. juli 2023.',
      'Alle vilkårene nedenfor må være oppfylt.',
      'Godkjenning som vanskeligstilt boligsøker gjelder i 12 måneder.',
      `Kilde: ${DEMO_9999_V1.source.document}`,
    ]);
  });

  it('gives one numbered section per rule, in rule order', () => {
    const sections = renderRuleSet(NABO_9998_V1, 'en');
    expect(sections).toHaveLength(NABO_9998_V1.rules.length + 1);
    expect(sections.slice(1).map((s) => s.heading)).toEqual(NABO_9998_V1.rules.map((r, i) => `${i + 1}. ${r.title.en}`));
  });

  it('writes the age rule in bokmål, nynorsk and English', () => {
    const age = (l: 'nb' | 'nn' | 'en') => renderRuleSet(NABO_9998_V1, l)[1]?.lines;
    expect(age('nb')).toEqual(['Søkeren må være minst 18 år.', 'Det kan ikke gjøres unntak fra dette vilkåret.']);
    expect(age('nn')).toEqual(['Søkjaren må vere minst 18 år.', 'Det kan ikkje gjerast unntak frå dette vilkåret.']);
    expect(age('en')).toEqual(['The applicant must be at least 18 years old.', 'No exception can be made to this condition.']);
  });

  it('lists the income ceilings by household size, the last one open-ended', () => {
    const income = renderRuleSet(NABO_9998_V1, 'nb').find((s) => s.heading.endsWith('Inntektsgrense'));
    expect(income?.lines.slice(0, 5)).toEqual([
      'Husstandens samlede bruttoinntekt kan ikke være høyere enn:',
      '– 1 person: 3,5 G',
      '– 2 personer: 4 G',
      '– 3 personer: 4,5 G',
      '– 4 personer eller flere: 5 G',
    ]);
    const en = renderRuleSet(NABO_9998_V1, 'en').find((s) => s.heading.endsWith('Income ceiling'));
    expect(en?.lines[4]).toBe('– 4 or more people: 5 G');
  });

  it('says when exceptions are allowed and when a rule has its own source', () => {
    const own = { ...base('x'), kind: 'minAge' as const, years: 18, exceptWithDailyCareOfChildren: true };
    const lines = renderRuleSet(ruleSetOf(own), 'nn')[1]?.lines;
    expect(lines).toEqual([
      'Søkjaren må vere minst 18 år.',
      'Unntak: søkjarar under 18 år som har dagleg omsorg for barn.',
      'Det kan gjerast unntak når vilkåret gir eit openbert urimeleg utslag. Sakshandsamaren må grunngi unntaket skriftleg.',
      'Kjelde: Test document, § 1',
    ]);
  });

  it('renders the Oslo-style exclusion of young members’ income', () => {
    const rule = { ...base('i'), kind: 'incomeCeiling' as const, bands: [{ householdSize: 1, maxG: 3 }], excludeMembersUnder: 20 };
    expect(renderRuleSet(ruleSetOf(rule), 'en')[1]?.lines).toContain('Income of household members under 20 is not counted.');
  });

  it('joins everything into plain text with blank lines between sections', () => {
    const text = renderRuleSetText(DEMO_9999_V1, 'nb');
    expect(text.split('\n\n')).toHaveLength(DEMO_9999_V1.rules.length + 1);
    expect(text).toContain('4. Alder\nSøkeren må være minst 18 år.');
  });
});
