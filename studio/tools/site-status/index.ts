// The "Site status" Studio tool, reading the publisher named by SANITY_STUDIO_PUBLISHER_URL.
import { createElement } from 'react';
import { definePlugin } from 'sanity';
import { SiteStatusTool } from './SiteStatusTool';

export const siteStatus = definePlugin<{ publisherUrl: string | undefined }>(({ publisherUrl }) => ({
  name: 'mva-site-status',
  tools: [
    {
      name: 'site-status',
      title: 'Site status',
      component: () => createElement(SiteStatusTool, { publisherUrl }),
    },
  ],
}));
