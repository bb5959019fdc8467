import { count, ratio } from './measure.js';
import { letOn, newTenancies, stockOn, vacancy } from './stock.js';
import type { IndicatorDefinition } from './types.js';

const KOSTRA_STOCK = 'domain.md § 3 «Stock», «Derived indicators» [S]';

export const STOCK_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'stock.dwellings',
    name: { nb: 'Kommunalt disponerte boliger', en: 'Municipal rental dwellings' },
    definition: {
      nb: 'Boliger kommunen disponerer og leier ut på dagen (kommunalt eid, innleid, privat eid med disposisjonsrett); hvert rom med egen leiekontrakt i bofellesskap er én bolig. Solgte boliger telles ikke.',
      en: 'Dwellings the municipality disposes of and lets on the day (municipally owned, leased, privately owned with an allocation right); each room with its own lease in shared housing is one dwelling. Sold dwellings are not counted.',
    },
    unit: 'dwellings',
    source: 'kostra_13',
    kind: 'stock',
    basis: `${KOSTRA_STOCK}; statuses counted: indicators/stock.ts [I]`,
    compute: (h, p) => count(stockOn(h, p.to).length),
  },
  {
    id: 'stock.per_1000_inhabitants',
    name: { nb: 'Boliger per 1 000 innbyggere', en: 'Dwellings per 1,000 inhabitants' },
    definition: {
      nb: 'Kommunalt disponerte boliger på dagen per 1 000 innbyggere (i bydelen: bydelens innbyggere).',
      en: 'Municipal rental dwellings on the day per 1,000 inhabitants (in a district: its inhabitants).',
    },
    unit: 'per_1000_inhabitants',
    source: 'kostra_13',
    kind: 'stock',
    basis: KOSTRA_STOCK,
    compute: (h, p) => ratio(stockOn(h, p.to).length, h.inhabitants, 1000),
  },
  {
    id: 'stock.wheelchair_share',
    name: { nb: 'Andel tilgjengelig for rullestolbruker', en: 'Share accessible by wheelchair' },
    definition: {
      nb: 'Andelen av de kommunalt disponerte boligene på dagen som er tilgjengelige for rullestolbruker, i prosent.',
      en: 'The share of the municipal rental dwellings on the day that are accessible by wheelchair, in percent.',
    },
    unit: 'percent',
    source: 'kostra_13',
    kind: 'stock',
    basis: KOSTRA_STOCK,
    compute: (h, p) => {
      const stock = stockOn(h, p.to);
      return ratio(stock.filter((d) => d.wheelchairAccessible).length, stock.length, 100);
    },
  },
  {
    id: 'stock.municipally_owned_share',
    name: { nb: 'Andel kommunalt eide', en: 'Share municipally owned' },
    definition: {
      nb: 'Andelen av de kommunalt disponerte boligene på dagen som kommunen eier selv, i prosent.',
      en: 'The share of the municipal rental dwellings on the day that the municipality owns, in percent.',
    },
    unit: 'percent',
    source: 'kostra_13',
    kind: 'stock',
    basis: KOSTRA_STOCK,
    compute: (h, p) => {
      const stock = stockOn(h, p.to);
      return ratio(stock.filter((d) => d.disposalForm === 'municipally_owned').length, stock.length, 100);
    },
  },
  {
    id: 'stock.let',
    name: { nb: 'Utleide boliger', en: 'Dwellings let' },
    definition: { nb: 'Kommunalt disponerte boliger med status utleid på dagen.', en: 'Municipal rental dwellings with the status let on the day.' },
    unit: 'dwellings',
    source: 'kostra_13',
    kind: 'stock',
    basis: KOSTRA_STOCK,
    compute: (h, p) => count(letOn(h, p.to).length),
  },
  {
    id: 'stock.let_share',
    name: { nb: 'Utnyttelsesgrad', en: 'Utilisation' },
    definition: { nb: 'Utleide boliger delt på kommunalt disponerte boliger på dagen, i prosent.', en: 'Dwellings let divided by municipal rental dwellings on the day, in percent.' },
    unit: 'percent',
    source: 'kostra_13',
    kind: 'stock',
    basis: `${KOSTRA_STOCK}: «utnyttelsesgrad»`,
    compute: (h, p) => ratio(letOn(h, p.to).length, stockOn(h, p.to).length, 100),
  },
  {
    id: 'stock.turnover',
    name: { nb: 'Omløpshastighet', en: 'Turnover' },
    definition: {
      nb: 'Nye leieforhold i perioden (leiekontrakter som begynner, unntatt fornyelse for samme husstand i samme bolig) delt på kommunalt disponerte boliger ved periodens slutt, i prosent. Ikke omregnet til år.',
      en: 'New tenancies in the period (leases beginning, not counting a renewal for the same household in the same dwelling) divided by the municipal rental dwellings at the end of the period, in percent. Not annualised.',
    },
    unit: 'percent',
    source: 'husly',
    kind: 'flow',
    basis: 'domain.md § 10.4 is silent on the formula [I]',
    compute: (h, p) => ratio(newTenancies(h, p).length, stockOn(h, p.to).length, 100),
  },
  {
    id: 'stock.vacancy_days',
    name: { nb: 'Ledige dager', en: 'Vacancy days' },
    definition: {
      nb: 'Summen av dager i perioden boligene sto ledige eller reserverte (kunne vært leid ut, men ga ingen leie). Dager under vedlikehold eller ute av bruk telles ikke.',
      en: 'The days in the period the dwellings stood vacant or reserved (lettable, but earning no rent). Days under maintenance or out of use are not counted.',
    },
    unit: 'days',
    source: 'husly',
    kind: 'flow',
    basis: 'domain.md § 10.4 (2) «tomgangsleie»; dwellings/vacancy.ts [I]',
    compute: (h, p) => count(vacancy(h, p).days),
  },
  {
    id: 'stock.lost_rent',
    name: { nb: 'Tapt husleie (tomgangsleie)', en: 'Lost rent' },
    definition: {
      nb: 'Ledige dager ganger månedsleie × 12 / 365 for hver bolig, avrundet til hele kroner per bolig og summert.',
      en: 'Vacancy days times monthly rent × 12 / 365 for each dwelling, rounded to whole kroner per dwelling and added up.',
    },
    unit: 'kroner',
    source: 'husly',
    kind: 'flow',
    basis: 'domain.md § 10.4 (2); dwellings/vacancy.ts [I]',
    compute: (h, p) => count(vacancy(h, p).lostRent),
  },
];
