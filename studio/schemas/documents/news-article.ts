// `newsArticle`: news, press releases, media coverage, opinion pieces and announcements.
import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { defineField, defineType } from 'sanity';
import { formatDate, joinParts, publishingDate } from '../shared/format';
import { publishedAtField, referenceList, seoField, summaryField, topicsField } from '../shared/fields';
import { imageField } from '../shared/image';
import { titleOf } from '../shared/lists';
import { isoDateTime, notBlank } from '../shared/rules';
import { slugField } from '../shared/slug';
import { NEWS_KINDS as KINDS } from '../../../src/model/news-kinds';
import { isEmptyObject } from '../../../src/model/text';

/** The kinds as the Studio lists them; values, labels and list addresses live in src/model. */
export const NEWS_KINDS = KINDS.map(({ title, value }) => ({ title, value }));

type ExternalSource = { outlet?: string; url?: string } | undefined;

export const newsArticle = defineType({
  name: 'newsArticle',
  title: 'News article',
  type: 'document',
  icon: DocumentTextIcon,
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'publishing', title: 'Publishing' },
    { name: 'related', title: 'Related' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Headline',
      type: 'string',
      group: 'content',
      validation: (rule) => rule.required().custom(notBlank).error('Give the article a headline'),
    }),
    slugField({ group: 'content' }),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      group: ['content', 'publishing'],
      options: { list: NEWS_KINDS, layout: 'radio', direction: 'horizontal' },
      initialValue: 'news',
      validation: (rule) => rule.required().error('Choose the kind of article from the list'),
    }),
    summaryField({ group: 'content' }),
    imageField('heroImage', 'Main image', { group: 'content' }),
    defineField({ name: 'body', title: 'Text', type: 'blockContent', group: 'content' }),
    defineField({
      name: 'externalSource',
      title: 'Original source',
      type: 'externalSource',
      group: 'content',
      description: 'For media coverage: the outlet and a link to the original article.',
      // Only media coverage has a source; a source left on another kind stays visible to clear.
      hidden: ({ document, value }) =>
        (document as { kind?: string } | undefined)?.kind !== 'mediaCoverage' && (!value || isEmptyObject(value)),
      // A custom rule keeps its message in CLI validation, where object rules lose theirs.
      validation: (rule) =>
        rule.custom((source: ExternalSource, context) => {
          const complete = Boolean(source?.outlet?.trim() && source.url?.trim());
          if ((context.document as { kind?: string } | undefined)?.kind === 'mediaCoverage') {
            return complete || 'Media coverage needs the outlet and a link to the original article';
          }
          // The site shows a source only as "outlet, with a link": half a source is an error there too.
          // A cleared source (nothing left but its type) is no source, on the site as well.
          return !source || isEmptyObject(source) || complete || 'Give the source both its outlet and a link, or clear it';
        }),
    }),
    publishedAtField('Give the article a publishing date and time: it orders the news list', 'the article', {
      group: 'publishing',
    }),
    defineField({
      name: 'embargoUntil',
      title: 'Embargo until',
      type: 'datetime',
      group: 'publishing',
      description: 'The article stays off the public site until this moment. Leave empty to show it at once.',
      validation: (rule) => rule.custom(isoDateTime),
    }),
    referenceList('mediaContacts', 'Media contacts', ['person'], {
      group: 'publishing',
      description: 'Who journalists should call about this article. Offers the press contacts (ticked on their person page).',
      filter: 'isPressContact == true',
    }),
    topicsField({ group: 'related' }),
    referenceList('projects', 'Projects', ['project'], { group: 'related' }),
    referenceList('networks', 'Networks', ['network'], { group: 'related' }),
    seoField({ group: 'seo' }),
  ],
  orderings: [
    { title: 'Newest first', name: 'publishedDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
  ],
  preview: {
    select: {
      title: 'title',
      kind: 'kind',
      publishedAt: 'publishedAt',
      embargoUntil: 'embargoUntil',
      media: 'heroImage',
    },
    prepare: ({ title, kind, publishedAt, embargoUntil, media }) => ({
      title,
      subtitle: joinParts(
        titleOf(NEWS_KINDS, kind),
        publishingDate(publishedAt),
        // Only a future embargo matters to editors scanning the list.
        Date.parse(embargoUntil) > Date.now() && `embargo until ${formatDate(embargoUntil)}`,
      ),
      media,
    }),
  },
});
