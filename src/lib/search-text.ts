// The words of the site search, for the index and the search page alike: plain spellings of
// Danish and Swedish letters, and an excerpt drawn from a page's own prose.

// Pagefind matches "Malmo" to "Malmö" and "Skane" to "Skåne" (letters that decompose into a base
// letter and a mark), but Danish ø and æ (and a few others) are letters of their own: "Oresund"
// would not find "Øresund". Their plain-letter spellings are added to the indexed text.
const OWN_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', ð: 'd', þ: 'th', ß: 'ss', ł: 'l', đ: 'd', œ: 'oe', ı: 'i' };
const HAS_OWN_LETTER = new RegExp(`[${Object.keys(OWN_LETTERS).join('')}]`, 'iu');

/**
 * Ends a page's prose in the indexed text: what follows (the page's facts, partners, plain
 * spellings) is found by a search but never shown in an excerpt.
 */
export const PROSE_END = '⁂';

/** A word in lower-case plain letters, marks and punctuation dropped: "Øresund," → "oresund". */
export const plainWord = (word: string) =>
  word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/./gu, (letter) => OWN_LETTERS[letter] ?? letter).replace(/[^\p{L}\p{N}]/gu, '');

/** The words of `text` that hold ø, æ and the like, spelt with plain letters ("Øresund" → "oresund"), once each. */
export function plainSpellings(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((word) => HAS_OWN_LETTER.test(word)).map(plainWord))].sort();
}

/**
 * A reader's words as the index is searched for them: in plain letters, so "Øresund" and
 * "Oresund", "Malmö" and "Malmo" find the same pages (the index holds every word's plain spelling).
 */
export const searchWords = (words: string) => plainLetters(words).trim();

/** Text in lower-case plain letters: "Øresund, Malmö" → "oresund, malmo". */
export const plainLetters = (text: string) =>
  text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/./gu, (letter) => OWN_LETTERS[letter] ?? letter);

/** A run of an excerpt's text; `mark` for a word the search matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

// Pagefind's own split of a page's text into the words its match locations count.
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/**
 * An excerpt of `length` words from a page's prose (its indexed text before PROSE_END), around
 * the most matches. A match after the prose (a plain spelling, a fact) marks the prose words
 * spelt the same way; with none in the prose the excerpt is the prose's start.
 */
export function proseExcerpt(content: string, locations: readonly number[], length: number): ExcerptPart[] {
  const words = content.split(WORD_SEPARATORS).filter((word, index) => word !== '' || index > 0);
  const end = words.lastIndexOf(PROSE_END);
  const prose = end === -1 ? words : words.slice(0, end);
  const marked = new Set(locations.filter((location) => location < prose.length));
  const later = new Set(locations.filter((location) => location > end && end !== -1).map((location) => plainWord(words[location] ?? '')));
  later.delete('');
  if (later.size > 0) prose.forEach((word, index) => later.has(plainWord(word)) && marked.add(index));
  let start = 0;
  let best = 0;
  const lead = Math.min(3, Math.floor(length / 4));
  for (const candidate of [...marked].sort((a, b) => a - b).map((index) => Math.max(0, index - lead))) {
    const count = [...marked].filter((index) => index >= candidate && index < candidate + length).length;
    if (count > best) [start, best] = [candidate, count];
  }
  start = Math.max(0, Math.min(start, prose.length - length));
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  prose.slice(start, start + length).forEach((word, offset) => {
    if (offset > 0) push(' ', false);
    push(word, marked.has(start + offset));
  });
  return parts;
}
