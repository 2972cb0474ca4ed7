// The site search's index, written by Pagefind into the output once the pages are built: every
// build (npm run build, the tests' builds, a publisher's) gets the index that matches its pages.
// Pagefind reads only the pages that mark their main content with data-pagefind-body (see
// BaseLayout): lists, the press room, noindex pages and the 404 page stay out, and embargoed
// documents never reach a build at all.
import { readFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** The folder of the output the index is written to, also its URL path: /pagefind/. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

// Pagefind matches "Malmo" to "Malmö" and "Skane" to "Skåne" (letters that decompose into a base
// letter and a mark), but Danish ø and æ (and a few others) are letters of their own: "Oresund"
// would not find "Øresund". Their plain-letter spellings are added to the indexed text.
const OWN_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', ð: 'd', þ: 'th', ß: 'ss', ł: 'l', đ: 'd', œ: 'oe', ı: 'i' };
const HAS_OWN_LETTER = new RegExp(`[${Object.keys(OWN_LETTERS).join('')}]`, 'iu');

/** The words of `text` that hold ø, æ and the like, spelt with plain letters ("Øresund" → "oresund"), once each. */
export function plainSpellings(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const plain = words
    .filter((word) => HAS_OWN_LETTER.test(word))
    .map((word) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/./gu, (letter) => OWN_LETTERS[letter] ?? letter));
  return [...new Set(plain)].sort();
}

const MAIN = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>([\s\S]*)<\/main>/;

/**
 * A page as Pagefind is given it: its main content alone (all Pagefind reads of a page marked with
 * data-pagefind-body; the head's inline styles, the header and the footer only cost parsing, a
 * third of the index time), with the plain spellings at its end. Undefined for unindexed pages.
 */
export function searchableHtml(html: string): string | undefined {
  const main = MAIN.exec(html);
  if (!main) return undefined;
  const text = main[1]!.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
  const plain = plainSpellings(text);
  const body = plain.length === 0 ? main[0] : `${main[0].slice(0, -'</main>'.length)}<p>${plain.join(' ')}</p></main>`;
  return `<!doctype html><html lang="en"><body>${body}</body></html>`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name)).sort();
}

/** Pages handed to Pagefind before the first has answered: it indexes while the next ones are read. */
const IN_FLIGHT = 16;

/**
 * Indexes the built site in `outDir` and writes the index into it. Returns how many pages it
 * holds. `visit` sees every built page on the way (URL path, HTML): one read of the output
 * serves the sitemap too.
 */
export async function writeSearchIndex(outDir: string | URL, visit?: (url: string, html: string) => void): Promise<number> {
  const root = typeof outDir === 'string' ? outDir : fileURLToPath(outDir);
  const output = join(root, SEARCH_INDEX_FOLDER);
  await rm(output, { recursive: true, force: true });
  // The site is written in English throughout; one language keeps one index.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(errors.join('; '));
    let count = 0;
    // Pages are read here (synchronously: a file at a time through the thread pool costs twice
    // as long) while Pagefind, a process of its own, indexes those already sent. The index comes
    // out the same whatever order the pages arrive in (8,614 pages sent one at a time and 16 at a
    // time gave the same bytes); they go in path order.
    const pending = new Set<Promise<void>>();
    let failure: Error | undefined;
    for (const file of await htmlFiles(root)) {
      if (failure) break;
      const html = readFileSync(file, 'utf8');
      const path = relative(root, file).split(sep).join('/');
      const url = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
      visit?.(url, html);
      const content = searchableHtml(html);
      if (content === undefined) continue;
      const adding: Promise<void> = index
        .addHTMLFile({ url, content })
        .then(
          (added) => {
            if (added.errors.length > 0) failure ??= new Error(`${url}: ${added.errors.join('; ')}`);
          },
          (error: Error) => {
            failure ??= new Error(`${url}: ${error.message}`);
          },
        )
        .finally(() => pending.delete(adding));
      pending.add(adding);
      count += 1;
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    }
    await Promise.all(pending);
    if (failure) throw failure;
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    // Pagefind also writes its ready-made interfaces; the search page has its own, so they go.
    const unused = (await readdir(output)).filter((name) => /^pagefind-(.*ui|highlight)\./.test(name));
    await Promise.all(unused.map((name) => rm(join(output, name))));
    return count;
  } catch (error) {
    throw new Error(`Could not write the search index: ${(error as Error).message}`);
  } finally {
    await pagefind.close();
  }
}
