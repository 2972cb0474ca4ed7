// Report files: where each is served (a copy of the local dataset's file, or Sanity's CDN), its
// size, and the files a build copies.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { filePath } from '@/model/routes';
import { sourceFromEnv } from './config';
import { datasetDir } from './dataset';
import type { Report } from './queries/reports';

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
  return { href: filePath(localName(report)), format, size };
}

/** Every report file to copy into the build (local mode only; the CDN serves them otherwise). */
export async function localReportFiles(reports: Report[]): Promise<LocalReportFile[]> {
  const files = await Promise.all(
    reports.map(async (report) => {
      const path = await localPath(report);
      const ext = report.file?.asset.ext ?? '';
      return path ? [{ name: localName(report), path, contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream' }] : [];
    }),
  );
  return files.flat();
}
