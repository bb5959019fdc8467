import { DISPOSAL_FORMS } from '../dwellings/kinds.js';
import type { IndicatorText } from '../indicators/types.js';
import type { Form13Figures } from './form13.js';

/**
 * The validation pass over a year's form 13 figures before they are sent to SSB [I: SSB's own
 * controls are not in our sources, domain.md § 12]. An **error** is a figure that cannot be
 * right (parts exceeding or not adding up to their whole, a missing main reason KOSTRA must
 * have); a **warning** is a figure to look at before sending (preliminary year, register and
 * leases disagreeing, refusals above applications). The form is computed, so the sums hold by
 * construction; the checks guard figures that are edited or loaded by hand, and the loader.
 */

export type Form13CheckCode =
  | 'year_not_complete'
  | 'no_inhabitants'
  | 'let_exceeds_stock'
  | 'disposal_forms_do_not_add_up'
  | 'wheelchair_exceeds_stock'
  | 'let_without_running_lease'
  | 'running_lease_not_let'
  | 'not_in_use_in_stock'
  | 'refused_exceeds_received'
  | 'housed_reasons_do_not_add_up'
  | 'housed_without_reason'
  | 'waiting_reasons_do_not_add_up'
  | 'waiting_without_reason'
  | 'temporary_part_exceeds_households'
  | 'children_over_3_months_exceeds_parts';

export interface Form13Problem {
  readonly code: Form13CheckCode;
  readonly severity: 'error' | 'warning';
  /** nb and en, and nynorsk for the page (issue 7 § 4). */
  readonly message: IndicatorText & { readonly nn: string };
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const error = (code: Form13CheckCode, nb: string, en: string, nn: string): Form13Problem => ({ code, severity: 'error', message: { nb, nn, en } });
const warning = (code: Form13CheckCode, nb: string, en: string, nn: string): Form13Problem => ({ code, severity: 'warning', message: { nb, nn, en } });

function stockProblems(f: Form13Figures): Form13Problem[] {
  const s = f.stock;
  const out: Form13Problem[] = [];
  if (f.inhabitants <= 0) out.push(error('no_inhabitants', 'Innbyggertallet mangler, så boliger per 1 000 innbyggere kan ikke regnes ut.', 'The number of inhabitants is missing, so dwellings per 1,000 inhabitants cannot be computed.', 'Innbyggjartalet manglar, så bustader per 1 000 innbyggjarar kan ikkje reknast ut.'));
  if (f.let.total > s.total) out.push(error('let_exceeds_stock', `Utleide boliger (${f.let.total}) er flere enn boligene i alt (${s.total}).`, `Dwellings let (${f.let.total}) exceed the dwellings in all (${s.total}).`, `Utleigde bustader (${f.let.total}) er fleire enn bustadene i alt (${s.total}).`));
  const forms = sum(DISPOSAL_FORMS.map((d) => s.byDisposalForm[d].total));
  if (forms !== s.total) out.push(error('disposal_forms_do_not_add_up', `Boligene etter disposisjonsform (${forms}) summerer ikke til boligene i alt (${s.total}).`, `The dwellings by disposal form (${forms}) do not add up to the dwellings in all (${s.total}).`, `Bustadene etter disposisjonsform (${forms}) summerer ikkje til bustadene i alt (${s.total}).`));
  const wheelchairByForm = sum(DISPOSAL_FORMS.map((d) => s.byDisposalForm[d].wheelchairAccessible));
  if (s.wheelchairAccessible > s.total || wheelchairByForm !== s.wheelchairAccessible || DISPOSAL_FORMS.some((d) => s.byDisposalForm[d].wheelchairAccessible > s.byDisposalForm[d].total)) {
    out.push(error('wheelchair_exceeds_stock', 'Boliger tilgjengelige for rullestolbruker passer ikke med boligene i alt eller per disposisjonsform.', 'Dwellings accessible by wheelchair do not fit the dwellings in all or by disposal form.', 'Bustader tilgjengelege for rullestolbrukar passar ikkje med bustadene i alt eller per disposisjonsform.'));
  }
  if (f.let.withoutRunningLease > 0) out.push(warning('let_without_running_lease', `${f.let.withoutRunningLease} boliger har status utleid uten en løpende leiekontrakt på dagen.`, `${f.let.withoutRunningLease} dwellings have the status let without a running lease on the day.`, `${f.let.withoutRunningLease} bustader har status utleigd utan ein løpande leigekontrakt på dagen.`));
  if (f.let.runningLeaseNotLet > 0) out.push(warning('running_lease_not_let', `${f.let.runningLeaseNotLet} boliger har en løpende leiekontrakt, men ikke status utleid.`, `${f.let.runningLeaseNotLet} dwellings have a running lease but not the status let.`, `${f.let.runningLeaseNotLet} bustader har ein løpande leigekontrakt, men ikkje status utleigd.`));
  if (s.notInUse > 0) out.push(warning('not_in_use_in_stock', `${s.notInUse} boliger er ikke i bruk, men telles med. Sjekk at kommunen fortsatt disponerer dem.`, `${s.notInUse} dwellings are not in use but are counted. Check that the municipality still disposes of them.`, `${s.notInUse} bustader er ikkje i bruk, men blir talde med. Sjekk at kommunen framleis disponerer dei.`));
  return out;
}

function householdProblems(f: Form13Figures): Form13Problem[] {
  const out: Form13Problem[] = [];
  const { newReceived, newRefused } = f.applications;
  if (newRefused > newReceived) {
    out.push(warning('refused_exceeds_received', `Avslag på nye søknader (${newRefused}) er flere enn nye søknader mottatt (${newReceived}). Det kan stemme når avslag gjelder fjorårets søknader, men bør sjekkes.`, `Refusals of new applications (${newRefused}) exceed new applications received (${newReceived}). It can be right when refusals concern last year's applications, but should be checked.`, `Avslag på nye søknader (${newRefused}) er fleire enn nye søknader mottekne (${newReceived}). Det kan stemme når avslag gjeld fjorårets søknader, men bør sjekkast.`));
  }
  const housed = sum(Object.values(f.newlyHoused.byReason)) + f.newlyHoused.withoutReason;
  if (housed !== f.newlyHoused.total) out.push(error('housed_reasons_do_not_add_up', `Nyinnflyttede etter hovedårsak (${housed}) summerer ikke til nyinnflyttede i alt (${f.newlyHoused.total}).`, `Newly housed by main reason (${housed}) do not add up to the newly housed in all (${f.newlyHoused.total}).`, `Nyinnflytte etter hovudårsak (${housed}) summerer ikkje til nyinnflytte i alt (${f.newlyHoused.total}).`));
  if (f.newlyHoused.withoutReason > 0) out.push(error('housed_without_reason', `${f.newlyHoused.withoutReason} nyinnflyttede husstander mangler hovedårsak (eller bosettingsdato for flyktning). Registrer den før rapportering.`, `${f.newlyHoused.withoutReason} newly housed households lack a main reason (or a refugee's settlement date). Record it before reporting.`, `${f.newlyHoused.withoutReason} nyinnflytte hushald manglar hovudårsak (eller busetjingsdato for flyktning). Registrer han før rapportering.`));
  const waiting = sum(Object.values(f.waitingList.byReason)) + f.waitingList.withoutReason;
  if (waiting !== f.waitingList.total) out.push(error('waiting_reasons_do_not_add_up', `Ventelisten etter hovedårsak (${waiting}) summerer ikke til ventelisten i alt (${f.waitingList.total}).`, `The waiting list by main reason (${waiting}) does not add up to the waiting list in all (${f.waitingList.total}).`, `Ventelista etter hovudårsak (${waiting}) summerer ikkje til ventelista i alt (${f.waitingList.total}).`));
  if (f.waitingList.withoutReason > 0) out.push(error('waiting_without_reason', `${f.waitingList.withoutReason} husstander på ventelisten mangler hovedårsak (eller bosettingsdato for flyktning).`, `${f.waitingList.withoutReason} households on the waiting list lack a main reason (or a refugee's settlement date).`, `${f.waitingList.withoutReason} hushald på ventelista manglar hovudårsak (eller busetjingsdato for flyktning).`));
  const t = f.temporary;
  if ([t.shortStay, t.over3Months, t.withChildren, t.nightShelter].some((n) => n > t.households)) {
    out.push(error('temporary_part_exceeds_households', `En del av husstandene i midlertidig botilbud er større enn husstandene i alt (${t.households}).`, `A part of the households in temporary accommodation exceeds the households in all (${t.households}).`, `Ein del av hushalda i mellombels butilbod er større enn hushalda i alt (${t.households}).`));
  }
  if (t.childrenOver3Months > t.over3Months || t.childrenOver3Months > t.withChildren) {
    out.push(error('children_over_3_months_exceeds_parts', 'Barnefamilier over 3 måneder er flere enn husstander over 3 måneder eller husstander med barn.', 'Households with children over 3 months exceed the households over 3 months or the households with children.', 'Barnefamiliar over 3 månader er fleire enn hushald over 3 månader eller hushald med barn.'));
  }
  return out;
}

/** Every problem with the figures, errors first, in the form's order. */
export function checkForm13(f: Form13Figures): Form13Problem[] {
  const year: Form13Problem[] = f.yearComplete
    ? []
    : [warning('year_not_complete', `Året ${f.year} er ikke over: tallene er foreløpige per ${f.measuredOn}.`, `The year ${f.year} is not over: the figures are preliminary as of ${f.measuredOn}.`, `Året ${f.year} er ikkje over: tala er førebelse per ${f.measuredOn}.`)];
  const all = [...year, ...stockProblems(f), ...householdProblems(f)];
  return [...all.filter((p) => p.severity === 'error'), ...all.filter((p) => p.severity === 'warning')];
}
