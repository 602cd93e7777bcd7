import { describe, expect, it } from 'vitest';
import { indefinite, kindPhrase, nounKind } from './text.ts';

describe('agreement of product nouns', () => {
  it.each([
    ['mug', 'mugs', 'count', 'a mug'],
    ['headphones', 'headphones', 'plural', 'headphones'],
    ['honey', 'honeys', 'mass', 'honey'],
    // A counted container takes an article, whatever it holds ("pair of pair of gloves" before).
    ['pair of beekeeping gloves', 'beekeeping gloves', 'count', 'a pair of beekeeping gloves'],
    ['bar of surfboard wax', 'bars of surfboard wax', 'count', 'a bar of surfboard wax'],
    ['jar of raw honey', 'jars of raw honey', 'count', 'a jar of raw honey'],
  ] as const)('%s is a %s noun: "%s"', (singular, plural, kind, phrase) => {
    expect(nounKind(singular, plural)).toBe(kind);
    expect(kindPhrase(singular, singular, kind)).toBe(phrase);
  });

  it('chooses a/an by sound', () => {
    expect(indefinite('hour-long candle')).toBe('an hour-long candle');
    expect(indefinite('USB-C cable')).toBe('a USB-C cable');
    expect(indefinite('oak board')).toBe('an oak board');
  });
});
