// One collection of every document with a slug, from the NDJSON of LIMITS_DATASET; empty unless
// LIMITS_CONTENT=1, so the other variants pay nothing for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';

export const collections = {
  docs: defineCollection({
    loader: () =>
      process.env.LIMITS_CONTENT === '1'
        ? readFileSync(join(process.env.LIMITS_DATASET ?? '', 'data.ndjson'), 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line))
            .filter((doc) => doc.slug?.current && !doc._id.startsWith('drafts.'))
            .map((doc) => ({ ...doc, id: doc._id }))
        : [],
  }),
};
