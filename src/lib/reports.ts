// Reports: the PDF behind each one (local file or Sanity CDN), its size, and how to cite it.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sourceFromEnv } from '@/sanity/config';
import { datasetDir } from '@/sanity/dataset';
import type { Report } from '@/sanity/queries/reports';
import { organisations, reports, siteSettings } from './content';
import { dateTimeFormat, numberFormat } from './intl';

export interface ReportFile {
  href: string;
  /** Upper-case format name, e.g. "PDF" */
  format: string;
  /** Bytes, when known */
  size: number | undefined;
}

/** A local report file the build copies to /files/<name>. */
export interface LocalReportFile {
  name: string;
  path: string;
  contentType: string;
}

const CONTENT_TYPES: Record<string, string> = { pdf: 'application/pdf' };

const localName = (report: Report) => `${report.slug}.${report.file?.asset.ext ?? 'pdf'}`;

async function localPath(report: Report): Promise<string | undefined> {
  const source = sourceFromEnv();
  // A --raw export's files were never downloaded: they stay on Sanity's CDN.
  if (source.mode !== 'local' || !report.file || report.file.asset.cdn) return undefined;
  const { sha1, ext } = report.file.asset;
  return join(await datasetDir(source.dataset), 'files', `${sha1}.${ext}`);
}

/** Where the report's file is served and how big it is; undefined when it has none. */
export async function reportFile(report: Report): Promise<ReportFile | undefined> {
  if (!report.file) return undefined;
  const { sha1, ext } = report.file.asset;
  const format = ext.toUpperCase();
  const source = sourceFromEnv();
  const cdn = source.mode === 'remote' ? source : report.file.asset.cdn;
  if (cdn) {
    return { href: `https://cdn.sanity.io/files/${cdn.projectId}/${cdn.dataset}/${sha1}.${ext}`, format, size: report.file.size };
  }
  const path = (await localPath(report))!;
  const size = await stat(path).then(
    (info) => info.size,
    () => {
      throw new Error(`report ${report._id}: file.asset ${report.file?.asset.id} is referenced but ${path} does not exist`);
    },
  );
  return { href: `/files/${localName(report)}`, format, size };
}

/** Every report file to copy into the build (local mode only; the CDN serves them otherwise). */
export async function localReportFiles(): Promise<LocalReportFile[]> {
  const all = await reports();
  const files = await Promise.all(
    all.map(async (report) => {
      const path = await localPath(report);
      const ext = report.file?.asset.ext ?? '';
      return path ? [{ name: localName(report), path, contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream' }] : [];
    }),
  );
  return files.flat();
}

/** "84 KB", "1.2 MB" (1 KB = 1,024 bytes) */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${numberFormat({ maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}

/** "State of Medicon Valley, 2024 edition" or "" */
export function seriesLine(report: Pick<Report, 'series' | 'edition'>): string {
  if (!report.series) return report.edition ? `${report.edition} edition` : '';
  return report.edition ? `${report.series}, ${report.edition} edition` : report.series;
}

/** "A, B and C" */
const listOf = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

export interface Publisher {
  name: string;
  city?: string | undefined;
}

/** The site's owner as publisher, with its city when the directory lists it. */
export async function reportPublisher(): Promise<Publisher> {
  const [{ title }, all] = await Promise.all([siteSettings(), organisations()]);
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
