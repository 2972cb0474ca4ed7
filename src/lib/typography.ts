// Typographic quotation marks: editors type straight quotes, readers get curly ones everywhere.

/** Characters after which a quotation mark opens a quotation rather than closing one. */
const OPENS_AFTER = /[\s([{\u2013\u2014/-]/;

/**
 * Straight quotes and apostrophes made curly: "a" → “a”, 'a' → ‘a’, MVA's → MVA’s. Each
 * character maps to one character, so positions in the text stay where they were.
 */
export function curlyQuotes(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char !== '"' && char !== "'") {
      out += char;
      continue;
    }
    const before = i === 0 ? ' ' : out[i - 1]!;
    const opens = OPENS_AFTER.test(before) || before === '“' || before === '‘';
    // An apostrophe inside a word (MVA's, don't) always closes.
    if (char === "'") out += opens && /\S/.test(text[i + 1] ?? '') ? '‘' : '’';
    else out += opens ? '“' : '”';
  }
  return out;
}

/**
 * The texts of a Portable Text block's spans with curly quotes, decided over the whole block
 * so a quotation may open in one span and close in another; code spans keep their text.
 */
export function curlySpans<S extends { text: string; marks: string[] }>(spans: S[]): S[] {
  const curled = curlyQuotes(spans.map((span) => span.text).join(''));
  let at = 0;
  return spans.map((span) => {
    const text = curled.slice(at, (at += span.text.length));
    return span.marks.includes('code') ? span : { ...span, text };
  });
}
