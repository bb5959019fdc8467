/**
 * Name comparison for duplicate detection (pure). Two registrations of the same person
 * often differ by case, diacritics, a hyphen or a typo ("Anne-Marie Østby" / "anne marie
 * ostby"), so names are normalised first and then compared by edit distance.
 */

/**
 * The largest edit distance between two normalised full names that still counts as "close".
 * [I] Two edits catch one typo plus one missing diacritic or hyphen without matching
 * different short names too often; a same-birth-date filter is applied before this.
 */
export const NAME_DISTANCE_LIMIT = 2;

/** Letters NFD does not decompose, written the way Norwegian forms fall back to ASCII. */
const FOLD: Readonly<Record<string, string>> = { æ: 'ae', ø: 'o', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', œ: 'oe' };

/**
 * Lower case, without diacritics (å→a, é→e, ø→o, æ→ae), with every run of non-letters
 * and non-digits turned into one space, trimmed. Throws nothing.
 */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøßđłþœ]/g, (c) => FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Levenshtein distance (insertions, deletions, substitutions) over code points. With
 * `max`, stops early and returns `max + 1` once the distance is known to exceed it.
 * Throws nothing.
 */
export function levenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[t.length] ?? 0;
}

export interface PersonName {
  readonly givenName: string;
  readonly familyName: string;
}

const fullName = (n: PersonName): string => normaliseName(`${n.givenName} ${n.familyName}`);
const sortedTokens = (name: string): string => name.split(' ').sort().join(' ');

/**
 * Whether two names are close enough to be the same person: the normalised full names
 * are within `maxDistance` edits, either as written or with their words sorted (so a
 * given and family name entered the wrong way round still match). Throws nothing.
 */
export function namesSimilar(a: PersonName, b: PersonName, maxDistance = NAME_DISTANCE_LIMIT): boolean {
  const [x, y] = [fullName(a), fullName(b)];
  if (x === '' || y === '') return false;
  return levenshtein(x, y, maxDistance) <= maxDistance || levenshtein(sortedTokens(x), sortedTokens(y), maxDistance) <= maxDistance;
}
