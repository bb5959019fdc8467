import { describe, expect, it } from 'vitest';
import { levenshtein, namesSimilar, normaliseName } from './similarity.js';

describe('normaliseName', () => {
  it.each([
    ['Anne-Marie  Østby', 'anne marie ostby'],
    ['ÅSE ÆRØ', 'ase aero'],
    ['José Müller', 'jose muller'],
    ["  O'Brien ", 'o brien'],
    ['Ola\tNordmann', 'ola nordmann'],
  ])('turns %j into %j', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });
});

describe('levenshtein', () => {
  it.each([
    ['', '', 0],
    ['kari', 'kari', 0],
    ['kari', 'karin', 1],
    ['kari', 'kair', 2],
    ['nordmann', 'nordman', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('counts %j → %j as %i', (a, b, distance) => {
    expect(levenshtein(a, b)).toBe(distance);
    expect(levenshtein(b, a)).toBe(distance);
  });

  it('stops early and answers max + 1 when the distance is larger than max', () => {
    expect(levenshtein('kitten', 'sitting', 2)).toBe(3);
    expect(levenshtein('a', 'abcdef', 2)).toBe(3);
    expect(levenshtein('kari', 'karin', 2)).toBe(1);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(levenshtein('a😀b', 'ab')).toBe(1);
  });
});

describe('namesSimilar', () => {
  const kari = { givenName: 'Kari', familyName: 'Nordmann' };

  it.each([
    ['the same name in another case and with diacritics', { givenName: 'KARI', familyName: 'Nordmann' }],
    ['one typo', { givenName: 'Kary', familyName: 'Nordmann' }],
    ['two edits', { givenName: 'Karin', familyName: 'Nordman' }],
    ['given and family name swapped', { givenName: 'Nordmann', familyName: 'Kari' }],
  ])('matches %s', (_case, other) => {
    expect(namesSimilar(kari, other)).toBe(true);
  });

  it('matches Ø and O, Å and A, and a hyphen and a space', () => {
    expect(namesSimilar({ givenName: 'Anne-Marie', familyName: 'Østbø' }, { givenName: 'Anne Marie', familyName: 'Ostbo' })).toBe(true);
  });

  it.each([
    ['three edits', { givenName: 'Karianne', familyName: 'Nordmann' }],
    ['a different person', { givenName: 'Ola', familyName: 'Hansen' }],
    ['an empty name', { givenName: ' ', familyName: '-' }],
  ])('does not match %s', (_case, other) => {
    expect(namesSimilar(kari, other)).toBe(false);
  });
});
