/** KOSTRA skjema 13: the form for a year, its check, last year beside it, CSV and print. Bokmål, the reference. */
export const kostraNb = {
  kostra: {
    title: 'KOSTRA skjema 13',
    intro:
      'Skjema 13 «Kommunalt disponerte boliger» rapporteres til SSB hvert år. Tallene regnes ut fra boligregisteret, sakene, leiekontraktene og de midlertidige botilbudene – de samme tallene som indikatorene bygger på.',
    yearHeading: 'Velg år',
    year: 'År',
    showYear: 'Vis året',
    asOf: (measured: string, read: string): string => `Beholdningen er målt ${measured}. Dataene er lest ${read}.`,
    preliminary: (year: number): string => `Året ${year} er ikke over. Tallene er foreløpige.`,
    suppressedNote: 'Tall fra 1 til 4 vises som «<5» for å verne personvernet. Kommunen sender de virkelige tallene til SSB.',
    downloadCsv: 'Last ned CSV',
    print: 'Skriv ut',
    sections: {
      stock: 'Boliger per 31.12.',
      applications: 'Søknader',
      newly_housed: 'Nyinnflyttede husstander',
      waiting_list: 'Venteliste per 31.12.',
      temporary: 'Midlertidig botilbud',
      derived: 'Nøkkeltall',
    },
    row: 'Rad',
    code: 'Kode',
    value: 'Verdi',
    findingsHeading: 'Kontroll før innsending',
    noFindings: 'Kontrollen fant ingen feil eller advarsler.',
    severity: { error: 'Feil', warning: 'Advarsel' },
    comparisonHeading: (previous: number): string => `Sammenligning med ${previous}`,
    comparisonCaption: (previous: number, current: number): string => `Skjema 13 i ${current} sammenlignet med ${previous}`,
    change: 'Endring',
    changePercent: 'Endring i prosent',
    unusual: 'Uvanlig stor endring',
    points: 'poeng',
    /** Row labels by row code where the API's own (nb, en) are not used: nynorsk only. */
    rowLabels: {} as Readonly<Record<string, string>>,
    units: { count: 'antall', percent: 'prosent', per_1000_inhabitants: 'per 1 000 innbyggere' },
  },
};
