import { describe, expect, it } from 'vitest';
import { parseAiProducts } from '../ui/components/ai-showcase.ts';

/** The build form's "AI showcase: first N products" field, as it reads what people type. */
describe('parseAiProducts', () => {
  it('takes 0 up to the number of products', () => {
    expect(parseAiProducts('0', 24)).toEqual({ aiProducts: 0 });
    expect(parseAiProducts(' 7 ', 24)).toEqual({ aiProducts: 7 });
    expect(parseAiProducts('24', 24)).toEqual({ aiProducts: 24 });
  });

  it('says what to type instead of anything else', () => {
    const whole = { error: 'Enter a whole number of products (0 for none).' };
    for (const typed of ['', '  ', '2.5', 'ten']) expect(parseAiProducts(typed, 24)).toEqual(whole);
    const range = { error: 'Choose between 0 and 1,200, the number of products.' };
    expect(parseAiProducts('1201', 1_200)).toEqual(range);
    expect(parseAiProducts('-1', 1_200)).toEqual(range);
  });
});
