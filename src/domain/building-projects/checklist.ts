/**
 * The review checklist for the start-up meeting (oppstartsmøte, plan- og bygningsloven § 12-8) as
 * the housing office uses it to check a project against the social-housing action plan. The list is
 * Husly's own [I], after practice in Sandnes and Bergen; a municipality may tick an item with a note
 * when it does not apply. Keys are stored in building_project_check.item_key: never rename one.
 */

export interface ChecklistItem {
  readonly key: string;
  readonly nb: string;
  readonly nn: string;
  readonly en: string;
}

export const STARTUP_CHECKLIST: readonly ChecklistItem[] = [
  {
    key: 'quota_share',
    nb: 'Andelen boliger for vanskeligstilte grupper oppfyller handlingsplanens krav',
    nn: 'Delen bustader for vanskelegstilte grupper oppfyller krava i handlingsplanen',
    en: "The share of units for disadvantaged groups meets the action plan's quotas",
  },
  {
    key: 'universal_design',
    nb: 'Universell utforming og antall rullestoltilpassede boliger er avklart',
    nn: 'Universell utforming og talet på rullestoltilpassa bustader er avklart',
    en: 'Universal design and the number of wheelchair-accessible units are agreed',
  },
  {
    key: 'unit_mix',
    nb: 'Boligstørrelsene gir en god blanding (også små boliger og familieboliger)',
    nn: 'Bustadstorleikane gir ei god blanding (også små bustader og familiebustader)',
    en: 'The unit sizes give a good mix (small units and family homes alike)',
  },
  {
    key: 'concentration',
    nb: 'Plasseringen gir ikke for mange kommunale boliger i samme område eller bydel',
    nn: 'Plasseringa gir ikkje for mange kommunale bustader i same område eller bydel',
    en: 'The location does not concentrate municipal housing in one area or district',
  },
  {
    key: 'services_transport',
    nb: 'Nærhet til skole, barnehage, butikk, helsetjenester og kollektivtransport',
    nn: 'Nærleik til skule, barnehage, butikk, helsetenester og kollektivtransport',
    en: 'Close to school, kindergarten, shops, health services and public transport',
  },
  {
    key: 'rent_to_own',
    nb: 'Leie til eie og kjøp med startlån er vurdert',
    nn: 'Leige til eige og kjøp med startlån er vurdert',
    en: 'Rent to own and purchase with a start loan are considered',
  },
  {
    key: 'allocation_right',
    nb: 'Kommunens tildelingsrett eller kjøpsrett er avtalt',
    nn: 'Tildelingsretten eller kjøpsretten til kommunen er avtalt',
    en: "The municipality's allocation right (tildelingsrett) or right to buy is agreed",
  },
  {
    key: 'outdoor_areas',
    nb: 'Uteområder og møteplasser er gode og tilgjengelige for alle',
    nn: 'Uteområde og møteplassar er gode og tilgjengelege for alle',
    en: 'Outdoor areas and meeting places are good and accessible to all',
  },
  {
    key: 'staff_base',
    nb: 'Behovet for personalbase eller tjenester i bygget er vurdert',
    nn: 'Behovet for personalbase eller tenester i bygget er vurdert',
    en: 'The need for a staff base or services in the building is assessed',
  },
  {
    key: 'housing_allowance',
    nb: 'Husleienivået er vurdert mot bostøtte og økonomien til målgruppene',
    nn: 'Husleigenivået er vurdert mot bustøtte og økonomien til målgruppene',
    en: "The rent level is weighed against housing allowance and the target groups' means",
  },
  {
    key: 'neighbourhood',
    nb: 'Bomiljø, naboskap og oppfølging etter innflytting er planlagt',
    nn: 'Bumiljø, naboskap og oppfølging etter innflytting er planlagt',
    en: 'The neighbourhood, neighbours and follow-up after move-in are planned',
  },
];

export const CHECKLIST_KEYS: readonly string[] = STARTUP_CHECKLIST.map((i) => i.key);

export const isChecklistKey = (key: string): boolean => CHECKLIST_KEYS.includes(key);
