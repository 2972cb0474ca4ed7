// Non-published documents as real exports hold them: drafts, a release version and its release.
import { refs } from '../lib/doc.mjs';
import { body, p, callout } from '../lib/pt.mjs';
import { news } from './news.mjs';

/** @param {object[]} published the published news articles (a draft copies one of them) */
export function drafts(published) {
  const base = published.find((d) => d._id === 'news-mva-receives-three-new-eu-project-grants');
  const edited = structuredClone(base);
  edited._id = `drafts.${base._id}`;
  edited.title = 'DRAFT: MVA receives three new EU project grants for 2023–2026';
  edited.body = [...edited.body, p('Editor\'s note: add the CINDIS description once MVA has confirmed it.')];

  const draftOnly = news('unpublished-draft-microbiome-network-autumn-recap', {
    title: 'Unpublished draft: Microbiome Network autumn meeting recap',
    kind: 'news', published: '2026-11-19 10:00',
    summary: 'Work in progress. Recap of the latest MVA Microbiome Network meeting.',
    topics: ['microbiome'], networks: ['microbiome'], art: false,
    body: body(callout('info', 'Draft only: this text has not been approved.'), p('Notes from the meeting will follow.')),
  });
  draftOnly._id = `drafts.${draftOnly._id}`;

  const target = published.find((d) => d._id === 'news-a-new-website-for-medicon-valley-alliance');
  const version = structuredClone(target);
  version._id = `versions.rSpring.${target._id}`;
  version.title = 'Release version: A new website for Medicon Valley Alliance, now in Danish and Swedish';
  version.topics = refs('topic-cross-border-collaboration');

  const release = {
    _id: '_.releases.rSpring',
    _type: 'system.release',
    name: 'rSpring',
    state: 'active',
    metadata: { title: 'Spring 2027 website update', releaseType: 'scheduled', intendedPublishAt: '2027-04-01T07:00:00Z' },
  };
  return [edited, draftOnly, version, release];
}
