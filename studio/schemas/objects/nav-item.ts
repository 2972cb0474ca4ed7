// `navItem`: a menu entry that links either to a page of the site or to an address.
import { defineField, defineType } from 'sanity';
import { translationsField } from '../shared/language';
import { routableTargets } from '../shared/routable';
import { notBlank, safeLink } from '../shared/rules';
import { isSitePath, SITE_PATH_MESSAGE } from '../../../src/model/paths';

type NavItemValue = { href?: string; reference?: { _ref?: string } } | undefined;

export const navItem = defineType({
  name: 'navItem',
  title: 'Menu item',
  type: 'object',
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      validation: (rule) => rule.required().custom(notBlank).error('Write the text shown in the menu'),
    }),
    translationsField('label', 'Label', 'string'),
    defineField({
      name: 'reference',
      title: 'Page on this site',
      type: 'reference',
      to: routableTargets,
      description: 'Preferred: the link follows the page if its address changes.',
    }),
    defineField({
      name: 'href',
      title: 'Or an address',
      type: 'url',
      description: 'A site path such as / or /news/, or a full link such as https://…',
      validation: (rule) => [
        safeLink({ relative: true })(rule),
        // The menu is on every page: a bare #section would point at nothing on most of them.
        rule.custom((href?: string) =>
          !href || /^[a-z][a-z0-9+.-]*:/i.test(href.trim()) || isSitePath(href) ? true : SITE_PATH_MESSAGE,
        ),
      ],
    }),
  ],
  // A custom rule returns its message as text, which keeps the wording in CLI validation too.
  validation: (rule) =>
    rule.custom((item: NavItemValue) => {
      if (!item) return true;
      const hasHref = Boolean(item.href?.trim());
      const hasReference = Boolean(item.reference?._ref);
      if (hasHref && hasReference) return 'Link to a page or to an address, not both';
      return hasHref || hasReference ? true : 'Choose a page to link to, or enter an address';
    }),
  preview: {
    select: { title: 'label', href: 'href', page: 'reference.title', name: 'reference.name' },
    prepare: ({ title, href, page, name }) => ({ title, subtitle: href ?? page ?? name }),
  },
});
