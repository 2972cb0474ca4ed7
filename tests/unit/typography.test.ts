import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatEventWhen, formatShortDate } from '@/lib/format';
import { curlyQuotes, curlySpans } from '@/model/typography';
import { blockContentSchema } from '@/sanity/block-content';
import { text } from '@/sanity/fields';

describe('dates', () => {
  const CPH = 'Europe/Copenhagen';

  it('writes one short style: three letters for every month, September and June alike', () => {
    expect(formatShortDate(new Date('2022-09-27T11:00:00Z'), CPH)).toBe('27 Sep 2022');
    expect(formatShortDate(new Date('2022-06-07T11:00:00Z'), CPH)).toBe('7 Jun 2022');
    expect(formatShortDate(new Date('2026-11-05T08:00:00Z'), CPH)).toBe('5 Nov 2026');
  });

  it('gives the day in the event\'s own timezone', () => {
    expect(formatShortDate(new Date('2022-12-31T23:30:00Z'), CPH)).toBe('1 Jan 2023');
  });

  it('writes one long style, months in full', () => {
    expect(formatDate(new Date('2022-09-27T11:00:00Z'))).toBe('27 September 2022');
    expect(formatDate('2022-06-07')).toBe('7 June 2022');
    expect(formatEventWhen(new Date('2022-09-27T11:00:00Z'), undefined, CPH)).toMatch(/^Tuesday 27 September 2022, 13:00 /);
  });
});

describe('quotation marks', () => {
  it('makes straight quotes and apostrophes curly', () => {
    expect(curlyQuotes('MVA\'s "Annual Summit" and \'the region\'')).toBe('MVA’s “Annual Summit” and ‘the region’');
    expect(curlyQuotes('"Quoted." (\'Aside\')')).toBe('“Quoted.” (‘Aside’)');
    expect(curlyQuotes('The partners\' projects')).toBe('The partners’ projects');
  });

  it('leaves curly quotes and other text as they are', () => {
    expect(curlyQuotes('“Already” curly, don’t change')).toBe('“Already” curly, don’t change');
    expect(curlyQuotes('No quotes here')).toBe('No quotes here');
  });

  it('decides each mark by the character before it as written, in text with quotes and without', () => {
    // The rule, one character at a time: what curlyQuotes did before it copied the text between quotes.
    const oneByOne = (text: string) => {
      let out = '';
      for (let i = 0; i < text.length; i++) {
        const char = text[i]!;
        if (char !== '"' && char !== "'") {
          out += char;
          continue;
        }
        const before = i === 0 ? ' ' : out[i - 1]!;
        const opens = /[\s([{\u2013\u2014/-]/.test(before) || before === '“' || before === '‘';
        out += char === "'" ? (opens && /\S/.test(text[i + 1] ?? '') ? '‘' : '’') : opens ? '“' : '”';
      }
      return out;
    };
    const pieces = fc.constantFrom('"', "'", '"\'', ' ', '\n', '(', '[', '{', '–', '—', '/', '-', '“', '‘', '’', 'a', 'MVA', 'ø', '\u{1F600}', '.');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }).map((parts) => parts.join('')), (text) => {
        expect(curlyQuotes(text)).toBe(oneByOne(text));
        expect(curlyQuotes(text)).toHaveLength(text.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a block without straight quotes back as it is', () => {
    const spans = [{ text: 'No quotes, ', marks: [] }, { text: 'here', marks: ['em'] }];
    expect(curlySpans(spans)).toBe(spans);
  });

  it('decides over a whole block, so a quotation can span marks, and keeps code as typed', () => {
    const spans = curlySpans([
      { text: 'He said "read the ', marks: [] },
      { text: 'feature', marks: ['strong'] },
      { text: '" and ran ', marks: [] },
      { text: 'echo "hi"', marks: ['code'] },
    ]);
    expect(spans.map((span) => span.text)).toEqual(['He said “read the ', 'feature', '” and ran ', 'echo "hi"']);
  });

  it('is applied to content as it is read: titles and Portable Text', () => {
    expect(text.parse('MVA\'s "new" website')).toBe('MVA’s “new” website');
    const [block] = blockContentSchema.parse([
      { _type: 'block', _key: 'a', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's', text: 'It\'s "here"', marks: [] }] },
    ]);
    expect(block).toMatchObject({ children: [{ text: 'It’s “here”' }] });
  });
});
