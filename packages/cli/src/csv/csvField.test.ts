import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField } from './csvField';

describe('csvField', () => {
  it('quotes only what needs it', () => {
    expect(csvField('A1')).toBe('A1');
    expect(csvField('')).toBe('');
    expect(csvField('东村')).toBe('东村');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('reads back as written through csv-parse, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 2, maxLength: 5 }),
        (cells) => {
          const line = `${cells.map(csvField).join(',')}\n`;
          expect(parse(line)).toEqual([cells]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
