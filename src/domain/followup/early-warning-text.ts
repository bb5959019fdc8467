import { formatDate } from '../eligibility/calendar.js';
import { formatKroner } from '../eligibility/labels.js';
import type { Language, LocalizedText } from '../eligibility/types.js';
import type { SignalReason } from './early-warning.js';

/**
 * The reasons of early-warning and move-in-visit tasks in plain words, in bokmål, nynorsk and
 * English: what has happened, and what the threshold is. The server stores the bokmål text on the
 * task; the web renders the user's language from the same code and parameters.
 */

const t = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });

const days = (n: number): LocalizedText => t(`${n} ${n === 1 ? 'dag' : 'dager'}`, `${n} ${n === 1 ? 'dag' : 'dagar'}`, `${n} ${n === 1 ? 'day' : 'days'}`);
const months = (n: number): LocalizedText => t(`${n} ${n === 1 ? 'måned' : 'måneder'}`, `${n} ${n === 1 ? 'månad' : 'månader'}`, `${n} ${n === 1 ? 'month' : 'months'}`);
const each = (f: (l: Language) => string): LocalizedText => t(f('nb'), f('nn'), f('en'));

type Renderers = { readonly [C in SignalReason['code']]: (p: Extract<SignalReason, { code: C }>['params']) => LocalizedText };

const RENDER: Renderers = {
  arrears: (p) =>
    each((l) =>
      ({
        nb: `Husleierestanse på ${formatKroner(p.arrears, l)}. Kommunens terskel for tidlig varsling er ${formatKroner(p.threshold, l)}.`,
        nn: `Husleigerestanse på ${formatKroner(p.arrears, l)}. Terskelen til kommunen for tidleg varsling er ${formatKroner(p.threshold, l)}.`,
        en: `Rent arrears of ${formatKroner(p.arrears, l)}. The municipality's early-warning threshold is ${formatKroner(p.threshold, l)}.`,
      })[l],
    ),
  neighbour_case: (p) =>
    each((l) => {
      const on = formatDate(p.reportedOn, l);
      return {
        nb: p.caseKind === 'complaint' ? `Åpen bomiljøsak: klage fra naboer, meldt ${on}.` : `Åpen bomiljøsak: konflikt mellom naboer, meldt ${on}.`,
        nn: p.caseKind === 'complaint' ? `Open bumiljøsak: klage frå naboar, meld ${on}.` : `Open bumiljøsak: konflikt mellom naboar, meld ${on}.`,
        en: p.caseKind === 'complaint' ? `Open neighbourhood case: a complaint from neighbours, reported ${on}.` : `Open neighbourhood case: a conflict between neighbours, reported ${on}.`,
      }[l];
    }),
  missed_visits: (p) =>
    t(
      `${p.missed} avtalte besøk på rad er ikke gjennomført (terskel: ${p.threshold}).`,
      `${p.missed} avtalte besøk på rad er ikkje gjennomførte (terskel: ${p.threshold}).`,
      `${p.missed} agreed visits in a row were missed (threshold: ${p.threshold}).`,
    ),
  lease_end: (p) =>
    each((l) => {
      const end = formatDate(p.endDate, l);
      if (p.daysLeft < 0) {
        const ago = days(-p.daysLeft)[l];
        return { nb: `Leieavtalen skulle slutte ${end}, for ${ago} siden, og løper fortsatt.`, nn: `Leigeavtalen skulle slutte ${end}, for ${ago} sidan, og går framleis.`, en: `The lease was due to end on ${end}, ${ago} ago, and is still running.` }[l];
      }
      if (p.daysLeft === 0) return { nb: `Leieavtalen slutter i dag (${end}).`, nn: `Leigeavtalen sluttar i dag (${end}).`, en: `The lease ends today (${end}).` }[l];
      const left = days(p.daysLeft)[l];
      return { nb: `Leieavtalen slutter ${end}, om ${left}.`, nn: `Leigeavtalen sluttar ${end}, om ${left}.`, en: `The lease ends on ${end}, in ${left}.` }[l];
    }),
  temporary_stay: (p) =>
    each((l) => {
      const since = formatDate(p.startDate, l);
      const m = months(p.months)[l];
      return {
        nb: `Husstanden har bodd i midlertidig botilbud sammenhengende siden ${since}, mer enn ${m}.`,
        nn: `Hushaldet har budd i mellombels butilbod samanhengande sidan ${since}, meir enn ${m}.`,
        en: `The household has been in temporary accommodation continuously since ${since}, more than ${m}.`,
      }[l];
    }),
  move_in_visit: (p) =>
    each((l) => {
      const moved = formatDate(p.movedInOn, l);
      const due = formatDate(p.dueOn, l);
      const after = days(p.afterDays)[l];
      return {
        nb: `Husstanden flyttet inn ${moved}. Hjemmebesøket etter innflytting skal gjøres ${after} etter, fra ${due}.`,
        nn: `Hushaldet flytta inn ${moved}. Heimebesøket etter innflytting skal gjerast ${after} etter, frå ${due}.`,
        en: `The household moved in on ${moved}. The home visit after move-in is due ${after} later, from ${due}.`,
      }[l];
    }),
};

/** The reason as a sentence in the language. */
export function signalReasonText(reason: SignalReason, language: Language): string {
  const render = RENDER[reason.code] as (p: SignalReason['params']) => LocalizedText;
  return render(reason.params)[language];
}

/** Whether a task's stored `data.reason` is a reason this module can render (the web checks before rendering). */
export function isSignalReason(value: unknown): value is SignalReason {
  if (typeof value !== 'object' || value === null) return false;
  const { code, params } = value as { code?: unknown; params?: unknown };
  return typeof code === 'string' && code in RENDER && typeof params === 'object' && params !== null;
}
