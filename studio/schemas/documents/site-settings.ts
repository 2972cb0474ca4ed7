// `siteSettings`: the one document (id "siteSettings") holding site-wide texts, contacts and menus.
import { CogIcon } from '@sanity/icons/Cog';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { imageField } from '../shared/image';
import { translationsField } from '../shared/language';
import { notBlank, plainEmail, safeLink } from '../shared/rules';
import { SIGN_UP_SCHEMES } from '../../../src/model/paths';

export const SITE_SETTINGS_ID = 'siteSettings';

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Settings',
  type: 'document',
  icon: CogIcon,
  groups: [
    { name: 'site', title: 'Site', default: true },
    { name: 'contact', title: 'Contact' },
    { name: 'navigation', title: 'Menu & social media' },
    { name: 'figures', title: 'Key figures' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Site name',
      type: 'string',
      group: 'site',
      validation: (rule) => rule.required().custom(notBlank).error('Give the site a name: it ends every page title'),
    }),
    defineField({
      name: 'description',
      title: 'Site description',
      type: 'text',
      rows: 3,
      group: 'site',
      description: 'Used by search engines and when the home page is shared.',
      validation: (rule) =>
        rule.required().custom(notBlank).error('Describe the site in a sentence or two: search engines show it'),
    }),
    translationsField('description', 'Site description', 'text', { group: 'site' }),
    defineField({ name: 'tagline', title: 'Tagline', type: 'string', group: 'site' }),
    translationsField('tagline', 'Tagline', 'string', { group: 'site' }),
    defineField({
      name: 'boilerplate',
      title: 'About MVA (press boilerplate)',
      type: 'text',
      rows: 5,
      group: 'site',
      description: 'The standard paragraph at the end of every press release.',
    }),
    translationsField('boilerplate', 'About MVA (press boilerplate)', 'text', { group: 'site' }),
    imageField('defaultOgImage', 'Default sharing image', {
      group: 'site',
      description: 'Shown when a page without its own image is shared on social media.',
      decorative: false,
    }),
    defineField({ name: 'pressEmail', title: 'Press e-mail', type: 'email', group: 'contact', validation: (rule) => rule.custom(plainEmail) }),
    defineField({ name: 'contactEmail', title: 'General e-mail', type: 'email', group: 'contact', validation: (rule) => rule.custom(plainEmail) }),
    defineField({ name: 'phone', title: 'Phone', type: 'string', group: 'contact' }),
    defineField({ name: 'address', title: 'Postal address', type: 'text', rows: 3, group: 'contact' }),
    translationsField('address', 'Postal address', 'text', { group: 'contact' }),
    defineField({
      name: 'newsletterUrl',
      title: 'Newsletter sign-up link',
      type: 'url',
      group: 'contact',
      validation: safeLink({ schemes: SIGN_UP_SCHEMES }),
    }),
    defineField({
      name: 'navigation',
      title: 'Main menu',
      type: 'array',
      group: 'navigation',
      of: [defineArrayMember({ type: 'navItem' })],
    }),
    defineField({
      name: 'socialLinks',
      title: 'Social media profiles',
      type: 'array',
      group: 'navigation',
      of: [defineArrayMember({ type: 'socialLink' })],
    }),
    defineField({
      name: 'homeLead',
      title: 'Home page lead',
      type: 'reference',
      group: 'site',
      description: 'What the home page opens with: an event (with its Register button), a success story or a report. Empty: the next event open for registration, else the latest story.',
      to: [{ type: 'event' }, { type: 'successStory' }, { type: 'report' }],
    }),
    defineField({
      name: 'keyFigures',
      title: 'Key figures',
      type: 'array',
      group: 'figures',
      description: 'The figures about the cluster shown on the home page.',
      of: [defineArrayMember({ type: 'kpi' })],
    }),
  ],
  preview: { prepare: () => ({ title: 'Settings', subtitle: 'Site name, contacts, menu' }) },
});
