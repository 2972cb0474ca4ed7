// The directory: organisations, people and topics.
import { z } from 'astro/zod';
import { defineQuery } from 'groq';
import { valuesOf } from '@/model/lists';
import { ORGANISATION_TYPES } from '@/model/organisations';
import { PHONE_MESSAGE, PHONE_PATTERN, YEAR_MAX, YEAR_MIN } from '@/model/text';
import { countryCode, email, IMAGE, list, optional, optionalImage, optionalText, prose, PUBLIC_FILTER, text, webUrl } from '../fields';
import { EMBARGOED_TARGET, refSchema, TOPIC_REF, topicCardSchema } from '../references';
import { ROUTABLE, routableShape, SLUGGED, sluggedShape, LANGUAGE, languageShape, TRANSLATED_VALUES, translatedValues } from './common';

export const organisationsQuery = defineQuery(`*[_type == "organisation" && ${PUBLIC_FILTER}] | order(name asc) {
  ${SLUGGED}, name, type, country, city, headquarteredIn, website, isMember, memberSince, description,
  "descriptionTranslations": descriptionTranslations[]${TRANSLATED_VALUES},
  "location": location{lat, lng},
  "logo": logo${IMAGE},
  "topics": topics[]${TOPIC_REF}
}`);

export const organisationSchema = z.object({
  ...sluggedShape,
  _type: z.literal('organisation'),
  name: text,
  type: z.enum(valuesOf(ORGANISATION_TYPES)),
  country: countryCode,
  city: optional(z.string()),
  /** Where an organisation from elsewhere has its head office; `country` is where it is in the region */
  headquarteredIn: optional(countryCode),
  website: optionalText(webUrl),
  isMember: z.boolean().nullish().transform((member) => member ?? false),
  memberSince: optional(z.number().int().min(YEAR_MIN).max(YEAR_MAX)),
  description: prose,
  descriptionTranslations: translatedValues,
  location: optional(z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })),
  logo: optionalImage,
  topics: list(refSchema(topicCardSchema)),
});
export type Organisation = z.output<typeof organisationSchema>;

export const peopleQuery = defineQuery(`*[_type == "person" && ${PUBLIC_FILTER}] | order(name asc) {
  ${ROUTABLE}, name, role, email, phone, bio, isPressContact, languages,
  "roleTranslations": roleTranslations[]${TRANSLATED_VALUES}, "bioTranslations": bioTranslations[]${TRANSLATED_VALUES},
  "photo": photo${IMAGE},
  "organisation": organisation{_ref, "doc": select(${EMBARGOED_TARGET} => null, @->{_id, name, "slug": slug.current})}
}`);

export const personSchema = z.object({
  ...routableShape,
  _type: z.literal('person'),
  name: text,
  role: prose,
  email: optionalText(email),
  phone: optionalText(z.string().regex(PHONE_PATTERN, `expected a phone number: ${PHONE_MESSAGE}`)),
  bio: prose,
  roleTranslations: translatedValues,
  bioTranslations: translatedValues,
  isPressContact: z.boolean().nullish().transform((press) => press ?? false),
  languages: list(z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code such as en, da or sv')),
  photo: optionalImage,
  organisation: optional(refSchema(z.object({ _id: z.string(), name: text, slug: z.string() }))),
});
export type Person = z.output<typeof personSchema>;

export const topicsQuery = defineQuery(`*[_type == "topic" && ${PUBLIC_FILTER}] | order(title asc) {
  ${ROUTABLE}, ${LANGUAGE}, title, description
}`);

export const topicSchema = z.object({
  ...routableShape,
  ...languageShape,
  _type: z.literal('topic'),
  title: text,
  description: prose,
});
export type Topic = z.output<typeof topicSchema>;

