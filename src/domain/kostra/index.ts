/** KOSTRA skjema 13 «Kommunalt disponerte boliger» (issue 7 § 4): the year's figures, the validation pass, the year-on-year comparison (pure). */
export { form13Figures, type CategoryCounts, type Form13Figures } from './form13.js';
export { form13Rows, type Form13Row, type Form13RowUnit } from './rows.js';
export { checkForm13, type Form13CheckCode, type Form13Problem } from './check.js';
export { UNUSUAL_CHANGE_SHARE, UNUSUAL_MIN_COUNT, compareForm13, type Form13Comparison } from './compare.js';
