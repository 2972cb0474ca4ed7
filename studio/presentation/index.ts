// The Presentation tool: the site rendered from drafts by the preview server, beside the document.
import { presentationTool, type PresentationPluginOptions } from 'sanity/presentation';
import { previewUrl } from '../env';
import { previewHeader } from './preview-server';
import { locations, mainDocuments } from './resolve';

/** The preview server's routes that switch its draft mode on (checking Sanity's secret) and off. */
export const PREVIEW_MODE = { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' } as const;

/** The tool's options: the preview server's origin from SANITY_STUDIO_PREVIEW_URL. */
export function presentationOptions(origin: string = previewUrl()): PresentationPluginOptions {
  return {
    title: 'Preview',
    previewUrl: { initial: origin, previewMode: { ...PREVIEW_MODE } },
    resolve: { locations, mainDocuments },
    components: { unstable_header: { component: previewHeader(origin) } },
  };
}

export const presentation = () => presentationTool(presentationOptions());
