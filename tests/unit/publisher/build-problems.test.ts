// The content problems the publisher reads from a failed build's output (src/publisher/builder.ts).
import { describe, expect, it } from 'vitest';
import { parseProblems } from '@/publisher/builder';

describe('the problems of a failed build', () => {
  it('are counted once, though Node prints the thrown error\'s copy of each line in quotes', () => {
    const output = [
      '00:20:40 [ERROR] [sanity] ✖ newsArticle news-x title: Too small: expected string to have >=1 characters, got string ""',
      'Invalid content: 1 problem, listed above. Fix them in the Studio or the dataset.',
      '    at async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:101:5) {',
      '  lines: [',
      '    \'✖ newsArticle news-x title: Too small: expected string to have >=1 characters, got string ""\'',
      '  ]',
      '}',
    ].join('\n');
    expect(parseProblems(output)).toEqual([
      { type: 'newsArticle', id: 'news-x', path: 'title', message: 'Too small: expected string to have >=1 characters, got string ""' },
    ]);
  });

  it('reads a problem line with or without the logger\'s prefix', () => {
    expect(parseProblems('✖ event event-a (document): Required\n')).toEqual([{ type: 'event', id: 'event-a', path: '', message: 'Required' }]);
  });
});
