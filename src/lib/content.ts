// What pages ask of the content collections: small, named selections, sorted once here.
import { getCollection, getEntry } from 'astro:content';
import type { Image } from '@/sanity/fields';

/** The site settings singleton (the build fails before this if it is missing). */
export async function siteSettings() {
  const entry = await getEntry('settings', 'siteSettings');
  if (!entry) throw new Error('siteSettings is missing from the content');
  return entry.data;
}

/** Published news, newest first. */
export async function newsArticles() {
  const entries = await getCollection('news');
  return entries.map((entry) => entry.data).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
}

/** Every image object anywhere in the content, for the local media pipeline. */
export async function allImages(): Promise<Image[]> {
  const names = ['settings', 'topics', 'organisations', 'people', 'projects', 'networks', 'news', 'stories', 'events', 'reports', 'pages'] as const;
  const collections = await Promise.all(names.map((name) => getCollection(name)));
  const found: Image[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null || value instanceof Date) return;
    const asset = (value as { asset?: { id?: unknown } }).asset;
    if (typeof asset?.id === 'string' && asset.id.startsWith('image-')) found.push(value as Image);
    Object.values(value).forEach(visit);
  };
  collections.flat().forEach((entry) => visit(entry.data));
  return found;
}
