// Typographic quotation marks: editors type straight quotes, readers get curly ones everywhere.

/** Characters after which a quotation mark opens a quotation rather than closing one. */
const OPENS_AFTER = /[\s([{\u2013\u2014/-]/;

/** A straight quotation mark or apostrophe. */
const STRAIGHT = /["']/g;

/**
 * Straight quotes and apostrophes made curly: "a" → “a”, 'a' → ‘a’, MVA's → MVA’s. Each
 * character maps to one character, so positions in the text stay where they were. Text without
 * straight quotes (most of it) comes back as it is, and the rest is copied between the quotes.
 */
export function curlyQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  let out = '';
  let copied = 0;
  for (const { index } of text.matchAll(STRAIGHT)) {
    out += text.slice(copied, index);
    copied = index + 1;
    // The character before, as already written: a quote just made curly counts as curly.
    const before = index === 0 ? ' ' : out[index - 1]!;
    const opens = OPENS_AFTER.test(before) || before === '“' || before === '‘';
    // An apostrophe inside a word (MVA's, don't) always closes.
    if (text[index] === "'") out += opens && /\S/.test(text[index + 1] ?? '') ? '‘' : '’';
    else out += opens ? '“' : '”';
  }
  return out + text.slice(copied);
}

/**
 * The texts of a Portable Text block's spans with curly quotes, decided over the whole block
 * so a quotation may open in one span and close in another; code spans keep their text.
 */
export function curlySpans<S extends { text: string; marks: string[] }>(spans: S[]): S[] {
  const joined = spans.map((span) => span.text).join('');
  const curled = curlyQuotes(joined);
  if (curled === joined) return spans;
  let at = 0;
  return spans.map((span) => {
    const text = curled.slice(at, (at += span.text.length));
    return span.marks.includes('code') ? span : { ...span, text };
  });
}
