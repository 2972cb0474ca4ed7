// Success stories: outcomes of MVA projects and networks, told with figures and short quotes.
import { slug, ref, refs, kpi, local } from '../lib/doc.mjs';
import { hero } from '../lib/art.mjs';
import { body, p, h2, ul, quote, figure } from '../lib/pt.mjs';
import { artFor, topicIds } from './topics.mjs';

function story(key, { published, topics, art, ...f }) {
  const _id = `story-${key}`;
  return {
    _id,
    _type: 'successStory',
    title: f.title,
    slug: slug(key),
    publishedAt: local(published),
    ...f,
    topics: refs(topicIds(...topics)),
    heroImage: hero(_id, { ...artFor(topics[0]), ...art }),
  };
}

const orgs = (...keys) => refs(keys.map((k) => `org-${k}`));

export const stories = [
  story('from-hidden-treasure-to-global-microbiome-hub', {
    title: 'From hidden treasure to global microbiome hub',
    published: '2022-10-04 09:00',
    summary: 'Nobody had mapped the region\'s microbiome work. Three years and a pandemic later, five companies had set up here and 102 international talents were hired.',
    kpis: [
      kpi('International microbiome organisations established', 5, { target: 2, unit: 'organisations', year: 2022, source: 'Invest in Skåne' }),
      kpi('International talents hired', 102, { target: 60, unit: 'people', year: 2022, source: 'Invest in Skåne' }),
      kpi('Participants at the online summit', 600, { qualifier: 'moreThan', target: 150, unit: 'people', year: 2021, source: 'Rapidus' }),
      kpi('Unique visitors to the talent campaign site', 33632, { unit: 'visitors', year: 2022, source: 'Invest in Skåne' }),
    ],
    pullQuote: { _type: 'pullQuote', text: 'We are really proud that we have met and exceeded all our objectives and KPIs.', person: ref('person-sarah-lide') },
    project: ref('project-microbiome-signature'),
    network: ref('network-microbiome'),
    organisations: orgs('medicon-valley-alliance', 'copenhagen-capacity', 'invest-in-skane', 'kpmg'),
    topics: ['microbiome', 'investment-and-establishment', 'life-science-talent'],
    body: body(
      h2('The challenge'),
      p('Medicon Valley had a strong but scattered microbiome community, spread over universities, clinics and companies. Many locals did not know the field existed in the region, let alone people abroad.'),
      h2('The approach'),
      p('From 2019 the [Microbiome Signature Project](ref:project-microbiome-signature) combed databases, interviewed more than 40 stakeholders and ran workshops. It then used the map to approach companies abroad and to run a talent campaign, almost entirely during COVID-19.'),
      quote('"The mapping has helped to visualise all the microbiome activities that have been \'hidden\'." – Sarah Lidé, MVA'),
      h2('The outcome'),
      ul(
        'Five international microbiome organisations set up in the region, against a target of two.',
        '102 international talents hired, against a target of 60.',
        'An online summit planned for 150 people on site reached more than 600.',
        'A KPMG study looked at a possible Medicon Valley microbiome hub.',
      ),
      figure(hero('story-microbiome-inline', { palette: 'teal-sand', motif: 'network', subject: 'the regional microbiome ecosystem of more than 80 organisations', width: 1200, height: 675 }), 'More than 80 companies, organisations and institutions make up the regional microbiome ecosystem.'),
    ),
  }),
  story('microbiome-companies-choose-greater-copenhagen', {
    title: 'Why microbiome companies chose Greater Copenhagen',
    published: '2022-03-15 09:00',
    summary: 'Viramal opened in Malmö; Happybios and Enbiosis moved to Copenhagen. Their founders point to talent, partners and credibility in the Nordics.',
    kpis: [kpi('International microbiome organisations established in the region', 5, { target: 2, unit: 'organisations', year: 2022, source: 'Invest in Skåne / Cision' })],
    pullQuote: { _type: 'pullQuote', text: 'Having a regional office in Denmark gives our company more credibility when we are reaching out to companies in the Nordics.', person: ref('person-omer-ozkan') },
    project: ref('project-microbiome-signature'),
    organisations: orgs('viramal', 'happybios', 'enbiosis', 'invest-in-skane', 'copenhagen-capacity'),
    topics: ['investment-and-establishment', 'microbiome'],
    art: { motif: 'arcs' },
    body: body(
      p('Three of the five companies that set up in the region through the Microbiome Signature Project can be named:'),
      ul(
        '**Viramal**, a British pharmaceutical company in women\'s health and reproductive endocrinology, opened a branch in Malmö.',
        '**Happybios**, a Turkish brand of probiotic supplements for gut health, moved to Copenhagen.',
        '**Enbiosis Biotechnology**, which analyses gut microbiomes for personalised health, opened an office in Copenhagen.',
      ),
      h2('In their own words'),
      p('Viramal\'s CEO Oliver Bates explained that the company\'s co-founder is Danish and that it has strong ties to Sweden, so the Greater Copenhagen area let it build on both. He describes the region as an already existing and vibrant ecosystem.'),
      quote('"It also helps tremendously with networking." – Ömer Özkan, Founder and CEO, Enbiosis Biotechnology'),
      p('Most of the investors had not considered Medicon Valley before Invest in Skåne and Copenhagen Capacity contacted them.'),
    ),
  }),
  story('a-decade-against-involuntary-childlessness', {
    title: 'A decade against involuntary childlessness',
    published: '2024-05-22 09:00',
    summary: 'Over ten years, ReproUnion ran 30 research projects, counselled more than 3,500 couples and helped bring an estimated 300+ children into the world.',
    kpis: [
      kpi('Research projects', 30, { unit: 'projects', year: 2024, source: 'reprounion.eu' }),
      kpi('Couples given fertility counselling', 3500, { qualifier: 'moreThan', unit: 'couples', year: 2024, source: 'reprounion.eu' }),
      kpi('Children born (estimate)', 300, { qualifier: 'moreThan', unit: 'children', year: 2024, source: 'reprounion.eu' }),
      kpi('Swedish men treated at Rigshospitalet by April 2020', 30, { qualifier: 'about', unit: 'patients', year: 2020, source: 'Interreg ÖKS' }),
    ],
    project: ref('project-reprounion-2'),
    organisations: orgs('region-hovedstaden', 'region-sjaelland', 'region-skane', 'lund-university', 'university-of-copenhagen', 'ferring', 'rigshospitalet'),
    topics: ['reproductive-health', 'cross-border-collaboration'],
    body: body(
      p('Since Reprosund in 2010, Danish and Swedish hospitals and universities have worked together on infertility. According to project manager Kristine Koppelhus, the result after a decade is 30 research projects, counselling for more than 3,500 couples and an estimated 300 or more children born.'),
      h2('Care without borders'),
      p('A patient mobility agreement between the Capital Region and Region Skåne opened treatment on both sides of the Øresund; by April 2020 about 30 Swedish men had been treated at Rigshospitalet.'),
      h2('Knowledge for the future'),
      p('The RUBIC biobank and cohort aims to follow 5,000 couples in Denmark and Sweden. The first patients enrolled in June 2020.'),
    ),
  }),
  story('sharing-robots-genotypes-and-data-across-the-oresund', {
    title: 'Sharing robots, genotypes and data across the Øresund',
    published: '2021-03-10 09:00',
    summary: 'In DiaUnion, Lund University\'s lab robots and Steno Diabetes Center Copenhagen\'s genotyping serve both countries in screening children for type 1 diabetes.',
    kpis: [
      kpi('Diseases screened for in one go', 3, { unit: 'diseases', source: 'diaunion.org' }),
      kpi('Extra funding for a screening feasibility study', 1, { unit: 'EUR million', source: 'diaunion.org' }),
    ],
    project: ref('project-diaunion'),
    organisations: orgs('lund-university', 'steno-diabetes-center-copenhagen', 'region-hovedstaden', 'region-skane', 'novo-nordisk-foundation'),
    topics: ['diabetes', 'cross-border-collaboration'],
    body: body(
      p('Neither country needs to build everything itself. In [DiaUnion](ref:project-diaunion), robotic lab automation at Lund University and genotyping at Steno Diabetes Center Copenhagen are used by researchers from both sides, and historical data are pooled, as project director Finn Kristensen has described.'),
      h2('Three diseases, one test'),
      p('ADAP multiplex assays let the teams screen for type 1 diabetes, coeliac disease and autoimmune thyroid disease at the same time.'),
      h2('Next step'),
      p('An additional EUR 1 million funds a feasibility study of screening children, led by Professors Daniel Agardh, Flemming Pociot and Åke Lernmark.'),
    ),
  }),
  story('from-halos-to-halric', {
    title: 'From HALOS to HALRIC',
    published: '2023-05-02 09:00',
    summary: 'A EUR 3.6 million project with 41 seed projects grew into an EUR 11 million consortium of 21 partners offering up to 75 pilots at large-scale facilities.',
    kpis: [
      kpi('HALOS budget', 3.6, { unit: 'EUR million', year: 2019, source: 'University of Hamburg' }),
      kpi('HALOS seed projects planned', 41, { unit: 'projects', year: 2019, source: 'Nordic Life Science' }),
      kpi('HALRIC budget', 11, { unit: 'EUR million', year: 2023, source: 'halric.eu' }),
      kpi('HALRIC partners', 21, { unit: 'organisations', year: 2023, source: 'halric.eu' }),
    ],
    project: ref('project-halric'),
    organisations: orgs('lund-university', 'max-iv', 'ess', 'desy', 'european-xfel', 'university-of-hamburg'),
    topics: ['research-infrastructure', 'cross-border-collaboration'],
    body: body(
      p('[HALOS](ref:project-halos) started in 2019 to connect life science in the Øresund region and Hamburg with MAX IV, ESS, DESY and European XFEL, through 41 planned six-month seed projects and researcher exchanges.'),
      p('[HALRIC](ref:project-halric) took the idea further from 2023: 21 partners in Sweden, Denmark, Germany and Norway, EUR 11 million, up to 75 pilot projects for industry and clinics, and a Hanseatic Science Cloud for the data.'),
    ),
  }),
];
