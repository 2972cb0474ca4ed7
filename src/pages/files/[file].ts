// Local mode: copies each report's file from the dataset to /files/<report-slug>.<ext>.
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { type LocalReportFile, localReportFiles } from '@/lib/reports';

export const getStaticPaths = (async () =>
  (await localReportFiles()).map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: LocalReportFile }> = async ({ props }) =>
  new Response(new Uint8Array(await readFile(props.file.path)), { headers: { 'Content-Type': props.file.contentType } });
