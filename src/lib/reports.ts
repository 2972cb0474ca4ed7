// Reports: their file's size in words, their series line, and how to cite them. Where the file
// lives is src/sanity/files.ts.
import { DEFAULT_LANGUAGE, localeOf, type SiteLanguage } from '../model/languages';
import type { Report } from '@/sanity/queries/reports';
import { organisations, siteSettings } from './content';
import { dateTimeFormat, numberFormat } from './intl';
import { ui } from './ui-text';

/** "84 KB", "1.2 MB" (1 KB = 1,024 bytes); "1,2 MB" in Danish and Swedish */
export function formatFileSize(bytes: number, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${numberFormat({ maximumFractionDigits: 1 }, localeOf(language)).format(bytes / 1024 / 1024)} MB`;
}

/** "State of Medicon Valley, 2024 edition" or "" ("2024-udgaven", "utgåva 2024") */
export function seriesLine(report: Pick<Report, 'series' | 'edition'>, language: SiteLanguage = DEFAULT_LANGUAGE): string {
  const edition = report.edition ? ui(language).reports.edition(report.edition) : undefined;
  if (!report.series) return edition ?? '';
  return edition ? `${report.series}, ${edition}` : report.series;
}

/** "A, B and C" */
const listOf = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

export interface Publisher {
  name: string;
  city?: string | undefined;
}

/** The site's owner as publisher, with its city when the directory lists it. */
export async function reportPublisher(language: SiteLanguage = DEFAULT_LANGUAGE): Promise<Publisher> {
  const [{ title }, all] = await Promise.all([siteSettings(language), organisations(language)]);
  return { name: title, city: all.find((organisation) => organisation.name === title)?.city };
}

/**
 * A reference in author–date style, e.g. "Medicon Valley Alliance (2024). State of Medicon
 * Valley 2024. Copenhagen: Medicon Valley Alliance. https://…/reports/state-of-medicon-valley-2024/"
 */
export function citation(report: Report, publisher: Publisher, url: string): string {
  const year = dateTimeFormat({ year: 'numeric', timeZone: 'Europe/Copenhagen' }).format(report.publishedAt);
  const authors = report.authors.length > 0 ? listOf(report.authors) : (report.preparedBy?.name ?? publisher.name);
  const series = report.series && !report.title.includes(report.series) ? ` ${seriesLine(report)}.` : '';
  const preparedBy = report.preparedBy && report.preparedBy.name !== publisher.name && !report.authors.includes(report.preparedBy.name)
    ? ` Prepared by ${report.preparedBy.name}.`
    : '';
  const place = publisher.city ? `${publisher.city}: ` : '';
  return `${authors} (${year}). ${report.title}.${series}${preparedBy} ${place}${publisher.name}. ${url}`;
}
