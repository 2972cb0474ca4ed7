// Local mode: each report's file from the dataset at /files/<report-slug>.<ext>. A build copies
// the files into the output after the pages (src/build/files.ts); the dev server reads each
// on request.
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { addBuildFiles } from '@/build/files';
import { routeProps } from '@/lib/route-props';
import { filePath } from '@/model/routes';
import { reports } from '@/lib/content';
import { type LocalReportFile, localReportFiles } from '@/sanity/files';

export const getStaticPaths = (async () => {
  const files = await localReportFiles(await reports());
  // The dev server and the draft preview make each file on request.
  if (!import.meta.env.PROD || import.meta.env.MVA_PREVIEW) return files.map((file) => ({ params: { file: file.name }, props: { file } }));
  addBuildFiles(files.map((file) => ({ path: filePath(file.name), source: file.path })));
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: LocalReportFile }> = async (context) => {
  const props = await routeProps<{ file: LocalReportFile }>(context, getStaticPaths);
  if (!props) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(await readFile(props.file.path)), { headers: { 'Content-Type': props.file.contentType } });
};
