/** A rule set as text an admin (and an applicant) can read, in bokmål, nynorsk or English. */
import { formatDate } from './calendar.js';
import { EligibilityError } from './errors.js';
import { formatDecimal, HOUSING_SITUATION_LABELS, joinAlternatives, RESIDENCE_STATUS_LABELS } from './labels.js';
import type { IncomeCeilingRule, Language, Rule, RuleSet, RuleSource } from './types.js';

/** One block of rendered text: a heading and its lines (list items start with «– »). */
export interface RenderedSection {
  readonly heading: string;
  readonly lines: readonly string[];
}

type Phrases = Readonly<Record<Language, string>>;
const pick = (p: Phrases, l: Language): string => p[l];

function sourceLine(source: RuleSource, l: Language): string {
  const where = [source.document, source.section].filter((s) => s !== undefined && s !== '').join(', ');
  const url = source.url !== undefined ? ` (${source.url})` : '';
  return `${pick({ nb: 'Kilde', nn: 'Kjelde', en: 'Source' }, l)}: ${where}${url}`;
}

const sameSource = (a: RuleSource, b: RuleSource): boolean => a.document === b.document && a.section === b.section && a.url === b.url;

function incomeLines(rule: IncomeCeilingRule, l: Language): string[] {
  const bands = [...rule.bands].sort((a, b) => a.householdSize - b.householdSize);
  const lines = [
    pick({ nb: 'Husstandens samlede bruttoinntekt kan ikke være høyere enn:', nn: 'Den samla bruttoinntekta til hushaldet kan ikkje vere høgare enn:', en: "The household's total gross income may not exceed:" }, l),
    ...bands.map((b, i) => {
      const n = b.householdSize;
      const last = i === bands.length - 1 && n > 1;
      const size =
        n === 1
          ? '1 person'
          : last
            ? pick({ nb: `${n} personer eller flere`, nn: `${n} personar eller fleire`, en: `${n} or more people` }, l)
            : pick({ nb: `${n} personer`, nn: `${n} personar`, en: `${n} people` }, l);
      return `– ${size}: ${formatDecimal(b.maxG, l)} G`;
    }),
    pick({ nb: 'G er folketrygdens grunnbeløp på vurderingsdatoen. En inntekt som er lik grensen, er innenfor.', nn: 'G er grunnbeløpet i folketrygda på vurderingsdatoen. Ei inntekt som er lik grensa, er innanfor.', en: 'G is the National Insurance basic amount on the date of assessment. An income equal to the ceiling is within it.' }, l),
  ];
  const under = rule.excludeMembersUnder;
  if (under !== undefined) {
    lines.push(pick({ nb: `Inntekt til husstandsmedlemmer under ${under} år regnes ikke med.`, nn: `Inntekt til medlemmer av hushaldet under ${under} år blir ikkje rekna med.`, en: `Income of household members under ${under} is not counted.` }, l));
  }
  return lines;
}

/** The condition a rule sets, as sentences. Exhaustive over {@link Rule}. */
function describe(rule: Rule, l: Language): string[] {
  switch (rule.kind) {
    case 'minAge': {
      const lines = [pick({ nb: `Søkeren må være minst ${rule.years} år.`, nn: `Søkjaren må vere minst ${rule.years} år.`, en: `The applicant must be at least ${rule.years} years old.` }, l)];
      if (rule.exceptWithDailyCareOfChildren) {
        lines.push(pick({ nb: `Unntak: søkere under ${rule.years} år som har daglig omsorg for barn.`, nn: `Unntak: søkjarar under ${rule.years} år som har dagleg omsorg for barn.`, en: `Exception: applicants under ${rule.years} who have daily care of children.` }, l));
      }
      return lines;
    }
    case 'lawfulResidence': {
      const accepted = joinAlternatives(rule.accepted.map((s) => RESIDENCE_STATUS_LABELS[s][l]), l);
      return [pick({ nb: `Søkeren må ha lovlig opphold i Norge. Godkjent grunnlag er ${accepted}.`, nn: `Søkjaren må ha lovleg opphald i Noreg. Godkjent grunnlag er ${accepted}.`, en: `The applicant must be lawfully resident in Norway. Accepted grounds: ${accepted}.` }, l)];
    }
    case 'residenceDuration': {
      const lines = [pick({ nb: `Søkeren må ha vært folkeregistrert i kommunen de siste ${rule.months} månedene.`, nn: `Søkjaren må ha vore folkeregistrert i kommunen dei siste ${rule.months} månadene.`, en: `The applicant must have been registered as resident in the municipality for the last ${rule.months} months.` }, l)];
      if (rule.exemptRefugeesFirstSettlement) {
        lines.push(pick({ nb: 'Flyktninger som bosettes for første gang, er unntatt.', nn: 'Flyktningar som blir busette for første gong, er unnatekne.', en: 'Refugees settled for the first time are exempt.' }, l));
      }
      return lines;
    }
    case 'housingSituation':
      return [
        pick({ nb: 'Søkeren må være uten egnet bolig, det vil si være i en av disse situasjonene:', nn: 'Søkjaren må vere utan eigna bustad, det vil seie vere i ein av desse situasjonane:', en: 'The applicant must be without a suitable dwelling, that is, in one of these situations:' }, l),
        ...rule.accepted.map((s) => `– ${HOUSING_SITUATION_LABELS[s][l]}`),
      ];
    case 'unableToObtainHousing':
      return [pick({ nb: 'Søkeren må ikke kunne skaffe seg bolig på egen hånd, og må dokumentere egne forsøk.', nn: 'Søkjaren må ikkje kunne skaffe seg bustad på eiga hand, og må dokumentere eigne forsøk.', en: 'The applicant must be unable to obtain a dwelling on their own and must document their own attempts.' }, l)];
    case 'canMeetLeaseTerms': {
      const help = rule.withSupport ? pick({ nb: ', eventuelt med hjelp og oppfølging', nn: ', eventuelt med hjelp og oppfølging', en: ', with help and follow-up if needed' }, l) : '';
      return [pick({ nb: `Søkeren må kunne overholde vanlige leievilkår (boevne)${help}.`, nn: `Søkjaren må kunne halde vanlege leigevilkår (buevne)${help}.`, en: `The applicant must be able to meet normal lease terms${help}.` }, l)];
    }
    case 'incomeCeiling':
      return incomeLines(rule, l);
    case 'debtToMunicipality': {
      const plan = rule.acceptRepaymentPlan ? pick({ nb: ' eller omfattet av en nedbetalingsavtale', nn: ' eller omfatta av ein nedbetalingsavtale', en: ' or covered by a repayment agreement' }, l) : '';
      return [pick({ nb: `Gjeld til kommunen (for eksempel husleierestanse) må være betalt${plan}.`, nn: `Gjeld til kommunen (til dømes husleigerestanse) må vere betalt${plan}.`, en: `Debts to the municipality (such as rent arrears) must be paid${plan}.` }, l)];
    }
    case 'evictionQuarantine':
      return [pick({ nb: `Søkeren kan ikke ha blitt kastet ut av en bolig de siste ${rule.months} månedene før søknadsdatoen.`, nn: `Søkjaren kan ikkje ha vorte kasta ut av ein bustad dei siste ${rule.months} månadene før søknadsdatoen.`, en: `The applicant must not have been evicted in the ${rule.months} months before the application date.` }, l)];
    default: {
      const unknown: never = rule;
      throw new EligibilityError('unknown_rule_kind', `cannot render rule ${JSON.stringify(unknown)}`);
    }
  }
}

const OVERRIDE_LINE: Readonly<Record<'yes' | 'no', Phrases>> = {
  yes: {
    nb: 'Det kan gjøres unntak når vilkåret gir et åpenbart urimelig utslag. Saksbehandleren må begrunne unntaket skriftlig.',
    nn: 'Det kan gjerast unntak når vilkåret gir eit openbert urimeleg utslag. Sakshandsamaren må grunngi unntaket skriftleg.',
    en: 'An exception may be made where the condition would be obviously unreasonable. The caseworker must give the reason in writing.',
  },
  no: {
    nb: 'Det kan ikke gjøres unntak fra dette vilkåret.',
    nn: 'Det kan ikkje gjerast unntak frå dette vilkåret.',
    en: 'No exception can be made to this condition.',
  },
};

/**
 * The rule set as sections: first the set (version, date in force, validity, source), then one
 * per rule in order with its condition, whether exceptions are allowed, and its source when it
 * differs from the set's. Throws EligibilityError for a rule kind it does not know.
 */
export function renderRuleSet(ruleSet: RuleSet, language: Language): RenderedSection[] {
  const l = language;
  const { municipality: k, version: v, validityMonths: m } = ruleSet;
  const header: RenderedSection = {
    heading: pick({ nb: `Vilkår for kommunal utleiebolig (kommune ${k}, versjon ${v})`, nn: `Vilkår for kommunal utleigebustad (kommune ${k}, versjon ${v})`, en: `Eligibility for a municipal rental dwelling (municipality ${k}, version ${v})` }, l),
    lines: [
      pick({ nb: `Gjelder fra ${formatDate(ruleSet.effectiveFrom, l)}.`, nn: `Gjeld frå ${formatDate(ruleSet.effectiveFrom, l)}.`, en: `In force from ${formatDate(ruleSet.effectiveFrom, l)}.` }, l),
      pick({ nb: 'Alle vilkårene nedenfor må være oppfylt.', nn: 'Alle vilkåra nedanfor må vere oppfylte.', en: 'All the conditions below must be met.' }, l),
      pick({ nb: `Godkjenning som vanskeligstilt boligsøker gjelder i ${m} måneder.`, nn: `Godkjenning som vanskelegstilt bustadsøkjar gjeld i ${m} månader.`, en: `Approval as a disadvantaged housing applicant is valid for ${m} months.` }, l),
      sourceLine(ruleSet.source, l),
    ],
  };
  const rules = ruleSet.rules.map(
    (rule, i): RenderedSection => ({
      heading: `${i + 1}. ${rule.title[l]}`,
      lines: [
        ...describe(rule, l),
        OVERRIDE_LINE[rule.overridable ? 'yes' : 'no'][l],
        // The set's source is printed once at the top; a rule shows its own only when it differs.
        ...(sameSource(rule.source, ruleSet.source) ? [] : [sourceLine(rule.source, l)]),
      ],
    }),
  );
  return [header, ...rules];
}

/** {@link renderRuleSet} as one plain-text document, sections separated by a blank line. */
export function renderRuleSetText(ruleSet: RuleSet, language: Language): string {
  return renderRuleSet(ruleSet, language)
    .map((s) => [s.heading, ...s.lines].join('\n'))
    .join('\n\n');
}
