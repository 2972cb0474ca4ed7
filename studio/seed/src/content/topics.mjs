// Topics: the themes used to tag and filter projects, news, stories and organisations.
import { slug } from '../lib/doc.mjs';

const topic = (key, title, description, art) => ({
  _id: `topic-${key}`,
  _type: 'topic',
  title,
  slug: slug(key),
  description,
  art,
});

/** Artwork defaults per topic (palette + motif + subject), used by other modules for heroes. */
export const topics = [
  topic('microbiome', 'Microbiome', 'Research and business built on the microorganisms that live in and on us, from gut health to women\'s health and food.', { palette: 'teal-sand', motif: 'circles', subject: 'microbiome research' }),
  topic('oncology', 'Oncology', 'Cancer research and drug development, from preclinical findings to clinical trials, across Danish and Swedish groups.', { palette: 'navy-coral', motif: 'rings', subject: 'cancer research' }),
  topic('reproductive-health', 'Reproductive health', 'Fertility research, infertility treatment and cross-border care for couples who want children.', { palette: 'sand-coral', motif: 'circles', subject: 'reproductive medicine' }),
  topic('diabetes', 'Diabetes', 'Early detection, screening and prevention of type 1 diabetes and related autoimmune diseases.', { palette: 'sky-navy', motif: 'grid', subject: 'diabetes research' }),
  topic('life-science-talent', 'Life science talent', 'Attracting, recruiting and keeping international specialists in the region\'s companies, clinics and universities.', { palette: 'coral-sand', motif: 'network', subject: 'international life science talent' }),
  topic('cross-border-collaboration', 'Cross-border collaboration', 'Danish-Swedish partnerships across the Øresund between industry, academia, hospitals and the public sector.', { palette: 'navy-teal', motif: 'arcs', subject: 'collaboration across the Øresund' }),
  topic('research-infrastructure', 'Research infrastructure', 'Large-scale facilities such as MAX IV, ESS, DESY and European XFEL, and how industry and clinics can use them.', { palette: 'navy-teal', motif: 'rings', subject: 'large-scale research infrastructure' }),
  topic('analysis-and-insights', 'Analysis and insights', 'Fact-based analyses of the cluster, such as the State of Medicon Valley reports, with dated figures and sources.', { palette: 'sky-navy', motif: 'bars', subject: 'life science analysis' }),
  topic('investment-and-establishment', 'Investment and establishment', 'International companies and research facilities choosing to set up in Greater Copenhagen and Skåne.', { palette: 'teal-sand', motif: 'bars', subject: 'investment in the region' }),
  topic('eu-funding', 'EU funding', 'Projects co-funded by the EU, above all through the Interreg Öresund-Kattegat-Skagerrak programme.', { palette: 'navy-teal', motif: 'grid', subject: 'EU co-funded projects' }),
  topic('policy-and-advocacy', 'Policy and advocacy', 'Framework conditions for life science, public debate and the cluster\'s voice towards decision-makers.', { palette: 'sand-coral', motif: 'arcs', subject: 'life science policy' }),
];

const byKey = Object.fromEntries(topics.map((t) => [t.slug.current, t.art]));

/** Artwork settings for a topic key. */
export const artFor = (key) => {
  if (!byKey[key]) throw new Error(`artFor: unknown topic "${key}"`);
  return byKey[key];
};

/** Topic ids from keys, validated. */
export const topicIds = (...keys) => keys.map((k) => (artFor(k), `topic-${k}`));

/** Topic documents without the internal `art` helper field. */
export const topicDocs = () => topics.map(({ art, ...doc }) => doc);
