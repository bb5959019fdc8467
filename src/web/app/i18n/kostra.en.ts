import type { kostraNb } from './kostra.nb';

/** English: KOSTRA form 13. */
export const kostraEn: typeof kostraNb = {
  kostra: {
    title: 'KOSTRA form 13',
    intro:
      'Form 13 «Municipal rental dwellings» is reported to Statistics Norway (SSB) every year. The figures are computed from the dwelling register, the cases, the leases and the temporary accommodation – the same figures the indicators rest on.',
    yearHeading: 'Choose a year',
    year: 'Year',
    showYear: 'Show the year',
    asOf: (measured: string, read: string): string => `The stock is measured on ${measured}. The data was read on ${read}.`,
    preliminary: (year: number): string => `The year ${year} is not over. The figures are preliminary.`,
    suppressedNote: 'Counts from 1 to 4 are shown as «<5» to protect privacy. The municipality sends the real figures to SSB.',
    downloadCsv: 'Download CSV',
    print: 'Print',
    sections: {
      stock: 'Dwellings at 31 December',
      applications: 'Applications',
      newly_housed: 'Newly housed households',
      waiting_list: 'Waiting list at 31 December',
      temporary: 'Temporary accommodation',
      derived: 'Key figures',
    },
    row: 'Row',
    code: 'Code',
    value: 'Value',
    findingsHeading: 'Check before sending',
    noFindings: 'The check found no errors or warnings.',
    severity: { error: 'Error', warning: 'Warning' },
    comparisonHeading: (previous: number): string => `Compared with ${previous}`,
    comparisonCaption: (previous: number, current: number): string => `Form 13 in ${current} compared with ${previous}`,
    change: 'Change',
    changePercent: 'Change in per cent',
    unusual: 'Unusually large change',
    points: 'points',
    /** Row labels by row code where the API's own (nb, en) are not used: nynorsk only. */
    rowLabels: {} as Readonly<Record<string, string>>,
    units: { count: 'count', percent: 'per cent', per_1000_inhabitants: 'per 1,000 inhabitants' },
  },
};
