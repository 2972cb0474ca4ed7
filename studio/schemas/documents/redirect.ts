// A redirect set by hand: an old address (often from the previous site) to a page or another site.
import { TransferIcon } from '@sanity/icons/Transfer';
import { defineField, defineType } from 'sanity';

/** A path on this site, as the site checks it (src/sanity/queries/redirects.ts). */
const SITE_PATH = /^\/(?:[A-Za-z0-9._~!$&'()*+,;=:@%-]+\/?)*$/;
const PATH_MESSAGE = 'Start with / and give only the path, e.g. /event/life-science-day/ (no domain, ? or #)';

const isPath = (value: string) => SITE_PATH.test(value) && !value.split('/').some((segment) => segment === '.' || segment === '..');

export const redirect = defineType({
  name: 'redirect',
  title: 'Redirect',
  type: 'document',
  icon: TransferIcon,
  description: 'Sends visitors of an old address on to a page. Changed slugs redirect by themselves; use this for other old addresses.',
  fields: [
    defineField({
      name: 'from',
      title: 'Old address',
      type: 'string',
      description: 'The path that should keep working, e.g. /event/life-science-day-2023/',
      validation: (rule) => [
        rule.required().error('Give the old address that should keep working, e.g. /event/life-science-day-2023/'),
        rule.custom((value: string | undefined) => {
          if (value === undefined) return true;
          if (!isPath(value)) return PATH_MESSAGE;
          return value === '/' ? 'The home page cannot be redirected' : true;
        }),
      ],
    }),
    defineField({
      name: 'to',
      title: 'New address',
      type: 'string',
      description: 'A path on this site (/news/…) or a full https:// address',
      validation: (rule) => [
        rule.required().error('Give the address visitors should go to: a path on this site (/news/…) or a full https:// address'),
        rule.custom((value: string | undefined, context) => {
          if (value === undefined) return true;
          const external = /^https?:\/\/[^\s/]+\.[^\s]+$/.test(value);
          if (!external && !isPath(value)) return 'Give a path on this site (starting with /) or a full https:// address';
          const from = (context.document as { from?: string } | undefined)?.from;
          const same = (path: string) => (path.endsWith('/') ? path : `${path}/`);
          return from && !external && same(from) === same(value) ? 'The new address must differ from the old one' : true;
        }),
      ],
    }),
    defineField({
      name: 'permanent',
      title: 'Permanent',
      type: 'boolean',
      description: 'On: search engines move the old address to the new one (301). Off: a temporary redirect (302).',
      initialValue: true,
    }),
  ],
  preview: {
    select: { from: 'from', to: 'to', permanent: 'permanent' },
    prepare: ({ from, to, permanent }) => ({ title: from ?? 'New redirect', subtitle: `→ ${to ?? '…'}${permanent === false ? ' (temporary)' : ''}` }),
  },
});
