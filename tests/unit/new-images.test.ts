// An image field the Studio left without a file (a new document, a removed file) is no image, for
// the Studio's validation and for the site alike: neither asks for alt text nor fails the build.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/sanity/content';
import type { RawDocument } from '@/sanity/dataset';
import { minimalDocuments, writeDataset } from '../support/datasets';

/** What a new document got from the Studio before: the image object with only its flags. */
const fileless = { _type: 'image', decorative: false };

function documents(): RawDocument[] {
  return minimalDocuments().map((doc) => {
    if (doc._type === 'newsArticle') return { ...doc, heroImage: fileless, seo: { _type: 'seo', ogImage: { _type: 'image', hotspot: { x: 0.5, y: 0.5, width: 1, height: 1 } } } };
    if (doc._type === 'person') return { ...doc, photo: fileless };
    return doc;
  });
}

describe('an image field without a file', () => {
  it('reads as no image on the site', async () => {
    const content = await loadContent({ mode: 'local', dataset: writeDataset(documents()), now: new Date('2026-06-01T00:00:00Z') });
    const article = content.news[0]!.data as { heroImage?: unknown; seo?: { ogImage?: unknown } };
    expect(article.heroImage).toBeUndefined();
    expect(article.seo?.ogImage).toBeUndefined();
    expect((content.people[0]!.data as { photo?: unknown }).photo).toBeUndefined();
  });

  it('passes the Studio validation without alt text', () => {
    const dir = writeDataset(documents());
    const output = execFileSync('npm', ['run', '--silent', 'validate', '-w', 'studio', '--', dir, '--strict'], { encoding: 'utf8', env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1' } });
    expect(output).toMatch(/against the Studio schema: no problems\./);
  }, 120_000);

  it('still needs alt text once it has a file', () => {
    const withFile = documents().map((doc) =>
      doc._type === 'person' ? { ...doc, photo: { _type: 'image', asset: { _type: 'reference', _ref: 'image-0a1b2c3d4e5f-10x10-png' } } } : doc,
    );
    const dir = writeDataset(withFile);
    let output = '';
    try {
      execFileSync('npm', ['run', '--silent', 'validate', '-w', 'studio', '--', dir, '--strict'], { encoding: 'utf8', stdio: 'pipe', env: { ...process.env, SANITY_TELEMETRY_DISABLED: '1' } });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toContain("photo.alt: Describe the image for people who can't see it, or mark it as decorative");
  }, 120_000);
});
