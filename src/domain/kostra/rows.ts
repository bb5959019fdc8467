import { NEED_CATEGORIES } from '../cases/case-types.js';
import { DISPOSAL_FORMS, type DisposalForm } from '../dwellings/kinds.js';
import { MAIN_REASON_TEXT } from '../indicators/housed.js';
import type { IndicatorText } from '../indicators/types.js';
import type { Form13Figures } from './form13.js';

/**
 * The form's figures as one flat list of labelled rows, in the form's order: what the KOSTRA
 * page, the CSV export and the year-on-year comparison show. Derived rows (per 1 000
 * inhabitants, shares) are the indicators SSB publishes from the form (domain.md § 3).
 */

export type Form13RowUnit = 'count' | 'percent' | 'per_1000_inhabitants';

export interface Form13Row {
  /** Stable key, e.g. `stock.municipally_owned.wheelchair`. */
  readonly key: string;
  readonly label: IndicatorText;
  readonly unit: Form13RowUnit;
  /** Null for a share of nothing. */
  readonly value: number | null;
}

const DISPOSAL_TEXT: Readonly<Record<DisposalForm, IndicatorText>> = {
  municipally_owned: { nb: 'kommunalt eide', en: 'municipally owned' },
  leased_from_private: { nb: 'innleid for framleie', en: 'leased for subletting' },
  private_with_allocation_right: { nb: 'privat eide med kommunal disposisjonsrett', en: 'privately owned with a municipal allocation right' },
};

const count = (key: string, nb: string, en: string, value: number): Form13Row => ({ key, label: { nb, en }, unit: 'count', value });

const share = (key: string, nb: string, en: string, part: number, whole: number, scale = 100): Form13Row => ({
  key,
  label: { nb, en },
  unit: scale === 100 ? 'percent' : 'per_1000_inhabitants',
  value: whole === 0 ? null : (part / whole) * scale,
});

function stockRows(f: Form13Figures): Form13Row[] {
  return [
    count('stock.total', 'Kommunalt disponerte boliger i alt', 'Municipal rental dwellings in all', f.stock.total),
    count('stock.wheelchair', 'Av disse: tilgjengelige for rullestolbruker', 'Of these: accessible by wheelchair', f.stock.wheelchairAccessible),
    ...DISPOSAL_FORMS.flatMap((form) => [
      count(`stock.${form}`, `Boliger ${DISPOSAL_TEXT[form].nb}`, `Dwellings ${DISPOSAL_TEXT[form].en}`, f.stock.byDisposalForm[form].total),
      count(`stock.${form}.wheelchair`, `Boliger ${DISPOSAL_TEXT[form].nb}, tilgjengelige for rullestolbruker`, `Dwellings ${DISPOSAL_TEXT[form].en}, accessible by wheelchair`, f.stock.byDisposalForm[form].wheelchairAccessible),
    ]),
    count('let.total', 'Utleide boliger', 'Dwellings let', f.let.total),
  ];
}

function reasonRows(prefix: string, nb: string, en: string, counts: { byReason: Readonly<Record<string, number>>; withoutReason: number }): Form13Row[] {
  return [
    ...NEED_CATEGORIES.map((c) => count(`${prefix}.${c}`, `${nb}: ${MAIN_REASON_TEXT[c].nb}`, `${en}: ${MAIN_REASON_TEXT[c].en}`, counts.byReason[c] ?? 0)),
    count(`${prefix}.without_reason`, `${nb}: uten registrert hovedårsak`, `${en}: no main reason recorded`, counts.withoutReason),
  ];
}

/** The figures as rows, in the form's order. */
export function form13Rows(f: Form13Figures): Form13Row[] {
  const t = f.temporary;
  return [
    ...stockRows(f),
    count('applications.new_received', 'Nye søknader mottatt', 'New applications received', f.applications.newReceived),
    count('applications.new_refused', 'Nye søknader avslått', 'New applications refused', f.applications.newRefused),
    count('newly_housed.total', 'Nyinnflyttede husstander', 'Newly housed households', f.newlyHoused.total),
    ...reasonRows('newly_housed', 'Nyinnflyttede', 'Newly housed', f.newlyHoused),
    count('waiting_list.total', 'Nye husstander med vedtak som venter på bolig', 'New households with a decision waiting for a dwelling', f.waitingList.total),
    ...reasonRows('waiting_list', 'Venter', 'Waiting', f.waitingList),
    count('temporary.households', 'Husstander i midlertidig botilbud', 'Households in temporary accommodation', t.households),
    count('temporary.short_stay', 'Av disse: inntil 14 døgn', 'Of these: 14 days or fewer', t.shortStay),
    count('temporary.over_3_months', 'Av disse: over 3 måneder', 'Of these: over 3 months', t.over3Months),
    count('temporary.with_children', 'Av disse: med barn', 'Of these: with children', t.withChildren),
    count('temporary.children_over_3_months', 'Barnefamilier over 3 måneder', 'Households with children over 3 months', t.childrenOver3Months),
    count('temporary.night_shelter', 'Husstander i natthjem', 'Households in a night shelter', t.nightShelter),
    share('derived.per_1000_inhabitants', 'Boliger per 1 000 innbyggere', 'Dwellings per 1,000 inhabitants', f.stock.total, f.inhabitants, 1000),
    share('derived.municipally_owned_share', 'Andel kommunalt eide', 'Share municipally owned', f.stock.byDisposalForm.municipally_owned.total, f.stock.total),
    share('derived.wheelchair_share', 'Andel tilgjengelig for rullestolbruker', 'Share accessible by wheelchair', f.stock.wheelchairAccessible, f.stock.total),
    share('derived.let_share', 'Andel utleid (utnyttelsesgrad)', 'Share let (utilisation)', f.let.total, f.stock.total),
    share('derived.refusal_share', 'Andel nye søkere som har fått avslag', 'Share of new applicants refused', f.applications.newRefused, f.applications.newReceived),
  ];
}
