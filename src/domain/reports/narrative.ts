import type { ReportLanguage } from './model.js';

/**
 * The narrative the manager writes in a council report: fixed sections in a fixed order, each
 * with a heading the manager may change and free text. Husly's choice of sections [I] follows the
 * themes of domain.md § 10.4 item 2.
 */

export const NARRATIVE_KEYS = ['summary', 'temporary', 'waiting', 'followup', 'onward'] as const;
export type NarrativeKey = (typeof NARRATIVE_KEYS)[number];

export interface NarrativeSection {
  readonly key: NarrativeKey;
  readonly heading: string;
  readonly text: string;
}

export const HEADING_MAX = 200;
export const TEXT_MAX = 20_000;

const HEADINGS: Readonly<Record<ReportLanguage, Readonly<Record<NarrativeKey, string>>>> = {
  nb: {
    summary: 'Sammendrag',
    temporary: 'Midlertidig botilbud',
    waiting: 'Venteliste og tildeling',
    followup: 'Oppfølging og Housing First',
    onward: 'Veien videre og risiko',
  },
  nn: {
    summary: 'Samandrag',
    temporary: 'Mellombels butilbod',
    waiting: 'Venteliste og tildeling',
    followup: 'Oppfølging og Housing First',
    onward: 'Vegen vidare og risiko',
  },
  en: {
    summary: 'Summary',
    temporary: 'Temporary accommodation',
    waiting: 'Waiting list and allocation',
    followup: 'Follow-up and Housing First',
    onward: 'The way onward and risks',
  },
};

/** The sections of a new report, empty, with the default headings in the report's language. */
export function defaultNarrative(language: ReportLanguage): NarrativeSection[] {
  return NARRATIVE_KEYS.map((key) => ({ key, heading: HEADINGS[language][key], text: '' }));
}

export interface NarrativeProblem {
  /** `narrative.<index>.heading` / `.text` / `.key`. */
  readonly path: string;
  readonly code: 'required' | 'too_long' | 'unknown_section' | 'duplicate_section';
}

/**
 * Checks edited sections: known keys, each at most once, a heading (1–200 characters) and text of
 * at most 20 000 characters. Returns every problem; an empty list is valid.
 */
export function checkNarrative(sections: ReadonlyArray<{ key: string; heading: string; text: string }>): NarrativeProblem[] {
  const problems: NarrativeProblem[] = [];
  const seen = new Set<string>();
  sections.forEach((s, i) => {
    if (!(NARRATIVE_KEYS as readonly string[]).includes(s.key)) problems.push({ path: `narrative.${i}.key`, code: 'unknown_section' });
    else if (seen.has(s.key)) problems.push({ path: `narrative.${i}.key`, code: 'duplicate_section' });
    seen.add(s.key);
    if (s.heading.trim() === '') problems.push({ path: `narrative.${i}.heading`, code: 'required' });
    else if (s.heading.length > HEADING_MAX) problems.push({ path: `narrative.${i}.heading`, code: 'too_long' });
    if (s.text.length > TEXT_MAX) problems.push({ path: `narrative.${i}.text`, code: 'too_long' });
  });
  return problems;
}

/**
 * The stored sections merged with an edit: every fixed section present in the fixed order
 * (missing ones from `current`, else the default), headings trimmed, line endings normalised.
 */
export function mergeNarrative(current: readonly NarrativeSection[], edit: ReadonlyArray<{ key: NarrativeKey; heading: string; text: string }>, language: ReportLanguage): NarrativeSection[] {
  const byKey = new Map<NarrativeKey, NarrativeSection>(defaultNarrative(language).map((s) => [s.key, s]));
  for (const s of current) if (byKey.has(s.key)) byKey.set(s.key, s);
  for (const s of edit) byKey.set(s.key, { key: s.key, heading: s.heading.trim(), text: s.text.replace(/\r\n?/g, '\n').trimEnd() });
  return NARRATIVE_KEYS.map((key) => byKey.get(key)!);
}

/** A section's text as paragraphs (split on blank lines). */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
