// Advice for editors that never stops a build: lengths search engines cut, shown as warnings.
import { SEO_DESCRIPTION_MAX, SEO_TITLE_MAX } from '@/model/text';
import type { Content } from './content';
import type { Problem } from './problems';

const LIMITS = [
  ['title', SEO_TITLE_MAX],
  ['description', SEO_DESCRIPTION_MAX],
] as const;

/** One line of advice per SEO title or description longer than search engines show. */
export function contentAdvice(content: Content): Problem[] {
  const advice: Problem[] = [];
  for (const rows of Object.values(content)) {
    for (const { id, raw } of rows) {
      const seo = raw['seo'] as Record<string, unknown> | null | undefined;
      for (const [field, max] of LIMITS) {
        const value = seo?.[field];
        if (typeof value !== 'string' || value.length <= max) continue;
        advice.push({
          type: String(raw['_type']), id, path: `seo.${field}`,
          message: `${value.length}/${max} characters: search engines cut the rest, so shorten it`,
        });
      }
    }
  }
  return advice;
}
