import type { Language, LocalizedText } from '../eligibility/types.js';

/**
 * The calculators' words in bokmål, nynorsk and English: labels of the bostøtte workings, the
 * estimate notice and the startlån findings. Pure; the server picks the user's language.
 */

const t = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });

/** «12 345» in Norwegian, «12,345» in English; whole kroner. */
export function formatKroner(amount: number, language: Language): string {
  const digits = String(Math.abs(Math.round(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, language === 'en' ? ',' : ' ');
  return amount < 0 ? `−${digits}` : digits;
}

/** Shown with every bostøtte estimate: the calculation is ours, the decision is Husbanken's. */
export const BOSTOTTE_ESTIMATE_NOTICE: LocalizedText = t(
  'Dette er et anslag, ikke et vedtak. Det er Husbanken som avgjør søknaden om bostøtte og beregner beløpet.',
  'Dette er eit overslag, ikkje eit vedtak. Det er Husbanken som avgjer søknaden om bustøtte og reknar ut beløpet.',
  'This is an estimate, not a decision. Husbanken decides the application for housing allowance (bostøtte) and calculates the amount.',
);

export const BOSTOTTE_STEP_CODES = [
  'annual_housing_costs',
  'housing_cost_cap',
  'counted_housing_costs',
  'counted_capital_income',
  'annual_income',
  'income_weight',
  'weighted_income',
  'minimum_own_share',
  'linear_own_share',
  'progressive_own_share',
  'own_share',
  'annual_support',
  'monthly_support_before_minimum',
  'monthly_support',
] as const;
export type BostotteStepCode = (typeof BOSTOTTE_STEP_CODES)[number];

export const BOSTOTTE_STEP_LABELS: Readonly<Record<BostotteStepCode, LocalizedText>> = {
  annual_housing_costs: t('Boutgifter per år', 'Buutgifter per år', 'Housing costs per year'),
  housing_cost_cap: t('Boutgiftstak', 'Buutgiftstak', 'Housing cost cap'),
  counted_housing_costs: t('Boutgifter som regnes med (den laveste av boutgifter og tak)', 'Buutgifter som blir rekna med (den lågaste av buutgifter og tak)', 'Housing costs counted (the lower of costs and cap)'),
  counted_capital_income: t('Kapitalinntekt etter fribeløp', 'Kapitalinntekt etter fribeløp', 'Capital income after the allowance'),
  annual_income: t('Inntekt per år', 'Inntekt per år', 'Income per year'),
  income_weight: t('Vekt for husstandens størrelse', 'Vekt for storleiken på hushaldet', 'Weight for the household’s size'),
  weighted_income: t('Omregnet (vektet) inntekt', 'Omrekna (vekta) inntekt', 'Weighted income'),
  minimum_own_share: t('Minste egenandel', 'Minste eigendel', 'Minimum own share'),
  linear_own_share: t('Tillegg for inntekt over første grense', 'Tillegg for inntekt over første grensa', 'Addition for income above the first threshold'),
  progressive_own_share: t('Progressivt tillegg', 'Progressivt tillegg', 'Progressive addition'),
  own_share: t('Egenandel', 'Eigendel', 'Own share'),
  annual_support: t('Bostøtte per år', 'Bustøtte per år', 'Housing allowance per year'),
  monthly_support_before_minimum: t('Bostøtte per måned før minstebeløpet', 'Bustøtte per månad før minstebeløpet', 'Per month before the minimum payment'),
  monthly_support: t('Anslått bostøtte per måned', 'Anslått bustøtte per månad', 'Estimated housing allowance per month'),
};

export const STARTLAN_FINDING_CODES = ['margin_not_positive', 'below_minimum_loan', 'actual_spending_missing', 'actual_below_guideline', 'extended_term'] as const;
export type StartlanFindingCode = (typeof STARTLAN_FINDING_CODES)[number];

/** The text of a startlån finding; `values` are the numbers the finding carries. */
export function startlanFindingText(code: StartlanFindingCode, values: Readonly<Record<string, number>>, language: Language): string {
  const kr = (key: string): string => formatKroner(values[key] ?? 0, language);
  const texts: Record<StartlanFindingCode, () => LocalizedText> = {
    margin_not_positive: () =>
      t(
        `Husstanden har ${kr('margin')} kr per måned igjen etter livsopphold, faste utgifter og boutgifter, og kan ikke betjene et lån. Kommunen skal fraråde lån.`,
        `Hushaldet har ${kr('margin')} kr per månad att etter livsopphald, faste utgifter og buutgifter, og kan ikkje betene eit lån. Kommunen skal frårå lån.`,
        `The household has ${kr('margin')} kr a month left after living costs, fixed costs and housing costs and cannot service a loan. The municipality must advise against a loan.`,
      ),
    below_minimum_loan: () =>
      t(
        `Det største lånet husstanden kan betjene (${kr('maxLoan')} kr) er lavere enn minstebeløpet (${kr('minimum')} kr). Kommunen skal fraråde lån.`,
        `Det største lånet hushaldet kan betene (${kr('maxLoan')} kr) er lågare enn minstebeløpet (${kr('minimum')} kr). Kommunen skal frårå lån.`,
        `The largest loan the household can service (${kr('maxLoan')} kr) is below the minimum amount (${kr('minimum')} kr). The municipality must advise against a loan.`,
      ),
    actual_spending_missing: () =>
      t(
        'Faktisk forbruk er ikke oppgitt, så livsopphold er satt til veiledende sats for økonomisk stønad. Husbanken anbefaler å ta utgangspunkt i faktisk forbruk.',
        'Faktisk forbruk er ikkje oppgitt, så livsopphald er sett til rettleiande sats for økonomisk stønad. Husbanken tilrår å ta utgangspunkt i faktisk forbruk.',
        'Actual spending is not given, so living costs are set to the guideline rate for financial assistance. Husbanken recommends starting from actual spending.',
      ),
    actual_below_guideline: () =>
      t(
        `Oppgitt forbruk (${kr('actual')} kr) er lavere enn veiledende sats for økonomisk stønad (${kr('guideline')} kr). Livsopphold skal være minst veiledende sats, så satsen er brukt.`,
        `Oppgitt forbruk (${kr('actual')} kr) er lågare enn rettleiande sats for økonomisk stønad (${kr('guideline')} kr). Livsopphald skal vere minst rettleiande sats, så satsen er brukt.`,
        `The spending given (${kr('actual')} kr) is below the guideline rate for financial assistance (${kr('guideline')} kr). Living costs must be at least the guideline rate, so the rate is used.`,
      ),
    extended_term: () =>
      t(
        `Nedbetalingstid over ${values.standardYears ?? 30} år gis bare i særlige tilfeller.`,
        `Nedbetalingstid over ${values.standardYears ?? 30} år blir berre gitt i særlege tilfelle.`,
        `A term longer than ${values.standardYears ?? 30} years is granted only in special cases.`,
      ),
  };
  return texts[code]()[language];
}
