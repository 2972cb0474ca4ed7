// The links between a document and its translations: @sanity/document-internationalization's
// `translation.metadata` documents, one per set of translations.
import { z } from 'astro/zod';
import { defineQuery } from 'groq';
import { TRANSLATION_METADATA_TYPE } from '../../model/languages';
import { list } from '../fields';

export const translationsQuery = defineQuery(`*[_type == "${TRANSLATION_METADATA_TYPE}" && !(_id in path("drafts.**")) && !(_id in path("versions.**"))] {
  _id, _type, "translations": translations[defined(value._ref)]{language, "id": value._ref}
}`);

export const translationSetSchema = z.object({
  _id: z.string(),
  _type: z.literal(TRANSLATION_METADATA_TYPE),
  translations: list(z.object({ language: z.string(), id: z.string() })),
});
export type TranslationSet = z.output<typeof translationSetSchema>;
