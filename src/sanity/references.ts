// References: GROQ that resolves them (through the id Map locally) and zod that insists they do.
import { z } from 'astro/zod';
import { laterThan } from '../model/embargo';
import { IMAGE, list, optional, optionalImage, optionalText, text, webUrl } from './fields';

/**
 * GROQ condition on a reference: its target is under embargo at the build time `$now`. Such a
 * target resolves to null, as a missing or unpublished one does. In select() a missing embargo's
 * null counts as false, so the rule needs no defined() here.
 */
export const EMBARGOED_TARGET = laterThan('@->embargoUntil', '$now');

/** zod for a reference projected as the `*_REF` below: the resolved document, or a problem naming `_ref`. */
export const refSchema = <T extends z.ZodType>(doc: T) =>
  z.object({ _ref: z.string(), doc: doc.nullable() }).transform((parsed, ctx) => {
    const value = parsed as { _ref: string; doc: z.output<T> | null };
    if (value.doc === null) {
      ctx.addIssue({
        code: 'custom',
        input: value._ref,
        message: `expected a reference to a published document, but "${value._ref}" is missing, unpublished or embargoed`,
      });
      return z.NEVER;
    }
    return value.doc;
  });

/** Enough of any routable document to link to it. */
export const LINK = `{_id, _type, "title": coalesce(title, name), "slug": slug.current}`;
export const LINK_REF = `{_ref, "doc": select(${EMBARGOED_TARGET} => null, @->${LINK})}`;
export const linkSchema = z.object({
  _id: z.string(),
  _type: z.string(),
  title: text,
  slug: optional(z.string()),
});
export type DocumentLink = z.output<typeof linkSchema>;

export const ORGANISATION_CARD = `{_id, _type, name, "slug": slug.current, type, country, city, website,
  isMember, "logo": logo${IMAGE}}`;
export const ORGANISATION_REF = `{_ref, "doc": select(${EMBARGOED_TARGET} => null, @->${ORGANISATION_CARD})}`;
export const organisationCardSchema = z.object({
  _id: z.string(),
  _type: z.literal('organisation'),
  name: text,
  slug: z.string(),
  type: z.string(),
  country: z.string(),
  city: optional(z.string()),
  website: optionalText(webUrl),
  isMember: optional(z.boolean()),
  logo: optionalImage,
});
export type OrganisationCard = z.output<typeof organisationCardSchema>;

export const PERSON_CARD = `{_id, _type, name, "slug": slug.current, role, email, phone, isPressContact,
  languages, "photo": photo${IMAGE}, "organisation": organisation->{name, "slug": slug.current}}`;
export const PERSON_REF = `{_ref, "doc": select(${EMBARGOED_TARGET} => null, @->${PERSON_CARD})}`;
export const personCardSchema = z.object({
  _id: z.string(),
  _type: z.literal('person'),
  name: text,
  slug: z.string(),
  role: optional(z.string()),
  email: optional(z.string()),
  phone: optional(z.string()),
  isPressContact: optional(z.boolean()),
  languages: list(z.string()),
  photo: optionalImage,
  organisation: optional(z.object({ name: z.string(), slug: z.string() })),
});
export type PersonCard = z.output<typeof personCardSchema>;

export const TOPIC_CARD = `{_id, _type, title, "slug": slug.current}`;
export const TOPIC_REF = `{_ref, "doc": select(${EMBARGOED_TARGET} => null, @->${TOPIC_CARD})}`;
export const topicCardSchema = z.object({ _id: z.string(), _type: z.literal('topic'), title: text, slug: z.string() });
export type TopicCard = z.output<typeof topicCardSchema>;
