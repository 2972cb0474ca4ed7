// Every schema type of the Studio; names equal the `_type` of docs/content-model.md.
import { event } from './documents/event';
import { network } from './documents/network';
import { newsArticle } from './documents/news-article';
import { organisation } from './documents/organisation';
import { page } from './documents/page';
import { person } from './documents/person';
import { project } from './documents/project';
import { redirect } from './documents/redirect';
import { report } from './documents/report';
import { siteSettings } from './documents/site-settings';
import { successStory } from './documents/success-story';
import { topic } from './documents/topic';
import { agendaItem } from './objects/agenda-item';
import { blockContent } from './objects/block-content';
import { callout } from './objects/callout';
import { externalSource } from './objects/external-source';
import { fundingProgramme } from './objects/funding-programme';
import { internalLink } from './objects/internal-link';
import { kpi } from './objects/kpi';
import { kpiTable } from './objects/kpi-table';
import { link } from './objects/link';
import { money } from './objects/money';
import { navItem } from './objects/nav-item';
import { price } from './objects/price';
import { pullQuote } from './objects/pull-quote';
import { seo } from './objects/seo';
import { socialLink } from './objects/social-link';
import { venue } from './objects/venue';
import { embargoRule, withEmbargoedLinkCheck } from './shared/embargo';
import { originalsRule, withLanguage } from './shared/language';
import { withPickerRules } from './shared/picker';
import { withSlugHistory } from './shared/slug-history';
import { translationSchemaTypes } from '../translations';

// Every type with a page of its own keeps its former slugs (shared/slug-history.ts); no type
// links to a document under embargo, and no reference picker offers one (shared/embargo.ts) nor a
// translation (shared/language.ts); the types written per language say their language.
const pickerRules = withPickerRules([embargoRule, originalsRule]);

export const documentTypes = [
  siteSettings,
  newsArticle,
  successStory,
  project,
  network,
  event,
  report,
  organisation,
  person,
  topic,
  page,
  redirect,
]
  .map(withSlugHistory)
  .map(withLanguage)
  .map(withEmbargoedLinkCheck)
  .map(pickerRules);

export const objectTypes = [
  kpi,
  seo,
  money,
  blockContent,
  link,
  internalLink,
  callout,
  kpiTable,
  socialLink,
  navItem,
  price,
  agendaItem,
  venue,
  fundingProgramme,
  externalSource,
  pullQuote,
].map(pickerRules);

export const schemaTypes = [...documentTypes, ...objectTypes];

/**
 * Every type of the Studio's workspace: its own and those the translation plugins add (the
 * Studio gets these from the plugins; a schema built outside it needs them listed).
 */
export const workspaceSchemaTypes = [...schemaTypes, ...translationSchemaTypes];
