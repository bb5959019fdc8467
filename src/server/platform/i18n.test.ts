import { describe, expect, it } from 'vitest';
import { message, pickLanguage } from './i18n.js';

describe('pickLanguage', () => {
  it.each([
    [undefined, 'nb'],
    ['nn', 'nn'],
    ['nn-NO,nb;q=0.8', 'nn'],
    ['no', 'nb'],
    ['nb-NO', 'nb'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE,en;q=0.5', 'en'],
    ['en;q=0.2,nn;q=0.9', 'nn'],
    ['fr', 'nb'],
    ['nn;q=0', 'nb'],
  ] as const)('reads %s as %s', (header, expected) => {
    expect(pickLanguage(header)).toBe(expected);
  });

  it('falls back to the given language', () => {
    expect(pickLanguage('fr', 'nn')).toBe('nn');
  });

  it('has the message in all three languages', () => {
    expect(new Set([message('nb', 'error.forbidden'), message('nn', 'error.forbidden'), message('en', 'error.forbidden')]).size).toBe(3);
  });
});
