// The press room's material: contacts, releases, and the press kit (logos and images).
import { DEFAULT_LANGUAGE, type SiteLanguage } from '../model/languages';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Image } from '@/sanity/fields';
import { originalImageUrl } from './images';
import { newsArticles, people, stories } from './content';
import { pressLogoPath } from '../model/routes';

export interface Download {
  label: string;
  href: string;
  format: string;
  bytes?: number | undefined;
}

/** Logo files in public/press/, light for light backgrounds and dark for dark ones. */
export function logoDownloads(): Download[] {
  return (['light', 'dark'] as const).flatMap((variant) =>
    (['svg', 'png'] as const).map((format) => {
      const href = pressLogoPath(variant, format);
      return {
        label: `Logo for ${variant} backgrounds`,
        href,
        format: format.toUpperCase(),
        bytes: statSync(resolve('public', href.slice(1))).size,
      };
    }),
  );
}

export interface PressImage {
  image: Image;
  title: string;
  href: string;
}

/**
 * Images editors have credited, once each, newest first: from stories (up to a third of the kit,
 * so a busy newsroom does not crowd them out) and from news.
 */
export async function pressImages(limit = 9, language: SiteLanguage = DEFAULT_LANGUAGE): Promise<PressImage[]> {
  const seen = new Set<string>();
  const credited = (sources: { title: string; publishedAt: Date; heroImage?: Image | undefined }[], count: number) => {
    const picked: (PressImage & { at: number })[] = [];
    for (const source of [...sources].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())) {
      const image = source.heroImage;
      if (picked.length === count) break;
      if (!image?.credit || image.decorative || seen.has(image.asset.id)) continue;
      seen.add(image.asset.id);
      picked.push({ image, title: source.title, href: originalImageUrl(image), at: source.publishedAt.getTime() });
    }
    return picked;
  };
  const fromStories = credited(await stories(language), Math.ceil(limit / 3));
  const fromNews = credited(await newsArticles(language), limit - fromStories.length);
  return [...fromNews, ...fromStories].sort((a, b) => b.at - a.at).map(({ at: _, ...image }) => image);
}

/** People who answer the press, by name. */
export async function pressContacts(language: SiteLanguage = DEFAULT_LANGUAGE) {
  return (await people(language)).filter((person) => person.isPressContact);
}

/** Press releases, newest first. */
export async function pressReleases(language: SiteLanguage = DEFAULT_LANGUAGE) {
  return (await newsArticles(language)).filter((article) => article.kind === 'pressRelease');
}

/** "84 KB", "1.2 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
