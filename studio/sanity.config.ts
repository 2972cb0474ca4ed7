// Studio configuration: project from the environment, desk structure, preview, Site status, Vision,
// singleton rules.
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';
import { visionTool } from '@sanity/vision';
import { API_VERSION } from './api-version';
import { isLocalLake, lakeUrl, publisherUrl, studioProject } from './env';
import { presentation } from './presentation';
import { schemaTypes } from './schemas';
import { documentActions, newDocumentOptions } from './singletons';
import { structure } from './structure';
import { templates } from './templates';
import { translationPlugins } from './translations';
import { wording } from './wording';
import { toolsFor } from './tools/developer-tools';
import { siteStatus } from './tools/site-status';

export default defineConfig({
  name: 'default',
  title: 'Medicon Valley Alliance',
  ...studioProject(),
  // No Sanity project: the local Content Lake (src/lake/) answers the API for one local editor, who
  // needs no login (the lake answers every request as that editor, cookie or not). groq-js has no
  // text::query(), so list search uses the GROQ-only strategy.
  ...(isLocalLake() ? { apiHost: lakeUrl(), search: { strategy: 'groqLegacy' as const } } : {}),
  plugins: [
    structureTool({ structure, title: 'Content' }),
    presentation(),
    siteStatus({ publisherUrl: publisherUrl() }),
    visionTool({ defaultApiVersion: API_VERSION }),
    // Danish and Swedish: the Translations menu on documents, per-language fields (translations.ts).
    ...translationPlugins,
  ],
  tools: toolsFor,
  i18n: { bundles: [wording] },
  schema: {
    types: schemaTypes,
    templates: (prev) => [...prev, ...templates],
  },
  // Publishing goes through Publish only, which keeps slug history and the first-publish date.
  scheduledPublishing: { enabled: false },
  scheduledDrafts: { enabled: false },
  releases: { enabled: false },
  document: {
    newDocumentOptions,
    actions: documentActions,
  },
});
