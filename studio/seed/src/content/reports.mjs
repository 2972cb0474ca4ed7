// Reports: State of Medicon Valley editions, GCLSAI reports and the microbiome publications.
import { slug, ref, refs, kpi, local } from '../lib/doc.mjs';
import { cover } from '../lib/art.mjs';
import { body, p, h2, ul, plain } from '../lib/pt.mjs';
import { topicIds } from './topics.mjs';

const SOMV = 'State of Medicon Valley';

function report(key, { title, series, edition, published, palette, motif, topics = [], ...f }) {
  const _id = `report-${key}`;
  const content = body(...f.body);
  return {
    _id,
    _type: 'report',
    title,
    slug: slug(key),
    publishedAt: local(published),
    ...(series && { series }),
    ...(edition && { edition }),
    ...f,
    body: content,
    ...(topics.length && { topics: refs(topicIds(...topics)) }),
    file: {
      _type: 'file',
      __pdf: {
        name: key,
        title,
        subtitle: [series && `${series}${edition ? ` ${edition}` : ''}`, (f.authors ?? ['Medicon Valley Alliance']).join(', '), published.slice(0, 10)].filter(Boolean).join(' · '),
        date: published.slice(0, 10),
        paragraphs: [
          f.summary,
          ...(f.keyFindings?.length ? ['## Key findings', ...f.keyFindings.map((k) => `• ${k.label}: ${k.value.toLocaleString('en-GB')}${k.unit ? ` ${k.unit}` : ''}${k.year ? ` (${k.year})` : ''}${k.source ? `. Source: ${k.source}` : ''}`)] : []),
          '## About this file',
          ...plain(content).split('\n'),
          'This short PDF is a stand-in for the full publication in the bundled demo dataset.',
        ],
      },
    },
    coverImage: cover(_id, { title, series, year: edition, palette, motif, ...(series === SOMV && { subtitle: 'The annual analysis of the Danish-Swedish life science cluster' }) }),
  };
}

export const reports = [
  report('state-of-medicon-valley-2016', {
    topics: ['analysis-and-insights'],
    title: 'State of Medicon Valley 2016',
    series: SOMV, edition: 2016, published: '2016-11-01 09:00', palette: 'navy-teal', motif: 'bars',
    summary: 'The first edition of MVA\'s annual analysis: Medicon Valley employed 35,700 people, 53% of Danish and Swedish life science employment.',
    authors: ['Medicon Valley Alliance'],
    preparedBy: ref('org-medicon-valley-alliance'),
    keyFindings: [
      kpi('People employed in Medicon Valley life science', 35700, { unit: 'people', year: 2016, source: SOMV + ' 2016' }),
      kpi('Share of Danish and Swedish life science employment', 53, { unit: '%', year: 2016, source: SOMV + ' 2016' }),
      kpi('Invested in ESS and MAX IV', 22, { unit: 'DKK/SEK billion', year: 2016, source: SOMV + ' 2016' }),
    ],
    body: [
      p('The 2016 report was the first edition of a yearly analysis meant to give decision-makers hard facts on the importance of life science for the Danish and Swedish economies.'),
      ul(
        'Medicon Valley employed **35,700 people** in life science.',
        'That is 53% of all life science employment in Denmark and Sweden combined.',
        'About DKK/SEK 22 billion has been invested in the research facilities ESS and MAX IV.',
      ),
    ],
  }),
  report('state-of-medicon-valley-2020', {
    topics: ['analysis-and-insights'],
    title: 'State of Medicon Valley 2020',
    series: SOMV, edition: 2020, published: '2020-11-02 14:00', palette: 'sky-navy', motif: 'bars',
    summary: 'The 2020 analysis, prepared by Øresundsinstituttet and presented online at the MVA Annual Meeting, found more than 200 COVID-related research projects.',
    authors: ['Jenny Andersson', 'Anna Palmehag', 'Thea Wiborg', 'Johan Wessman'],
    preparedBy: ref('org-oresundsinstituttet'),
    keyFindings: [
      kpi('COVID-19-related research projects started in the region', 200, { qualifier: 'moreThan', unit: 'projects', year: 2020, source: 'Øresundsinstituttet' }),
    ],
    body: [
      p('The analysis was presented at the [MVA Annual Meeting 2020](ref:event-annual-meeting-2020) on 2 November 2020 and broadcast on MVA\'s YouTube channel. It can be downloaded free of charge, with tables and figures.'),
      p('Despite turbulence in the world around it, the life science sector in Medicon Valley kept growing, and more than 200 COVID-related research projects started in the region.'),
    ],
  }),
  report('state-of-medicon-valley-2021', {
    topics: ['analysis-and-insights'],
    title: 'State of Medicon Valley 2021',
    series: SOMV, edition: 2021, published: '2021-11-08 13:00', palette: 'navy-teal', motif: 'bars',
    summary: 'Life science employment in Medicon Valley rose by 4,000 in five years, and the sector pays a growing share of income and corporation tax.',
    authors: ['Øresundsinstituttet'],
    preparedBy: ref('org-oresundsinstituttet'),
    keyFindings: [
      kpi('Growth in life science employment over five years', 4000, { unit: 'jobs', year: 2021, source: SOMV + ' 2021' }),
      kpi('Life science share of Swedish income and corporation tax', 2.3, { unit: '%', year: 2019, source: SOMV + ' 2021 (SEK 16.3bn)' }),
      kpi('Life science share of Danish income and corporation tax', 3.4, { unit: '%', year: 2019, source: SOMV + ' 2021 (DKK 20.9bn)' }),
      kpi('Danish life science patent applications at the EPO (up 8.5%)', 717, { unit: 'applications', year: 2021, source: SOMV + ' 2021' }),
    ],
    body: [
      p('CEO Anette Steenberg presented the analysis on 8 November 2021 at Clarion Hotel Copenhagen Airport.'),
      ul(
        'Life science employment grew by **4,000** in five years.',
        'In Sweden, life science paid 2.3% of income and corporation tax (SEK 16.3 billion, 2019); in Denmark 3.4% (DKK 20.9 billion, 2019).',
        'Danish applicants filed 717 life science applications at the European Patent Office, up 8.5%.',
      ),
      p('Life Science Sweden later called 2020 an all-time high for Medicon Valley.'),
    ],
  }),
  report('state-of-medicon-valley-2022', {
    topics: ['analysis-and-insights'],
    title: 'State of Medicon Valley 2022',
    series: SOMV, edition: 2022, published: '2022-11-07 10:40', palette: 'teal-sand', motif: 'bars',
    summary: 'The 2022 edition opened the programme of the MVA Annual Summit on 7 November 2022, the year MVA turned 25.',
    authors: ['Medicon Valley Alliance'],
    preparedBy: ref('org-medicon-valley-alliance'),
    body: [
      p('The 2022 analysis was presented as the first session of the [MVA Annual Summit 2022](ref:event-mva-annual-summit-2022). At the time MVA counted 65,000 life science jobs, 9 universities and 9 life science parks, incubators and accelerators in the region.'),
    ],
  }),
  report('life-science-in-skane-2020', {
    topics: ['analysis-and-insights', 'cross-border-collaboration'],
    title: 'Life Science in Skåne',
    series: 'GCLSAI', edition: 2020, published: '2020-11-16 09:00', palette: 'sky-navy', motif: 'grid',
    summary: 'A survey of life science companies in Skåne: 426 companies with 7,500 employees, 1,500 more jobs than in 2015 and 92 new companies.',
    authors: ['Øresundsinstituttet'],
    preparedBy: ref('org-oresundsinstituttet'),
    project: ref('project-gclsai'),
    keyFindings: [
      kpi('Life science companies in Skåne', 426, { unit: 'companies', year: 2020, source: 'Life Science in Skåne (GCLSAI)' }),
      kpi('Employees', 7500, { unit: 'people', year: 2020, source: 'Life Science in Skåne (GCLSAI)' }),
      kpi('New jobs since 2015', 1500, { unit: 'jobs', year: 2020, source: 'Life Science in Skåne (GCLSAI)' }),
      kpi('New companies', 92, { unit: 'companies', year: 2020, source: 'Life Science in Skåne (GCLSAI)' }),
    ],
    body: [
      p('The first GCLSAI report maps the life science companies of Skåne. Medtech is the largest subsector, and half of the companies are located in science parks.'),
    ],
  }),
  report('life-science-across-the-oresund-2021', {
    topics: ['analysis-and-insights', 'cross-border-collaboration'],
    title: 'Life Science Across the Øresund',
    series: 'GCLSAI', edition: 2021, published: '2021-06-22 08:00', palette: 'navy-teal', motif: 'arcs',
    summary: 'How Danish and Swedish life science depend on each other: more than 900 commuters, 20+ Danish CEOs in Skåne and 13 Danish listings in Sweden.',
    authors: ['Øresundsinstituttet'],
    preparedBy: ref('org-oresundsinstituttet'),
    project: ref('project-gclsai'),
    keyFindings: [
      kpi('Life science commuters across the Øresund', 900, { qualifier: 'moreThan', unit: 'people', year: 2021, source: 'Life Science Across the Øresund (GCLSAI)' }),
      kpi('Danish CEOs of Skåne life science companies', 20, { qualifier: 'moreThan', unit: 'people', year: 2021, source: 'Life Science Across the Øresund (GCLSAI)' }),
      kpi('Danish life science companies listed in Sweden since 2014', 13, { unit: 'companies', year: 2021, source: 'Life Science Across the Øresund (GCLSAI)' }),
      kpi('Interviews', 53, { unit: 'interviews', year: 2021, source: 'Life Science Across the Øresund (GCLSAI)' }),
    ],
    body: [
      p('The second GCLSAI report draws on 53 interviews and was presented on 22 June 2021 in Ørestad and on a livestream.'),
      ul(
        'More than **900** people commute across the Øresund to work in life science.',
        'More than 20 Danish CEOs run life science companies in Skåne.',
        '13 Danish life science companies have listed on Swedish exchanges since 2014.',
      ),
    ],
  }),
  report('microbiome-ecosystem-mapping', {
    topics: ['microbiome', 'analysis-and-insights'],
    title: 'The Microbiome Ecosystem in Greater Copenhagen: Mapping and Publication Analysis',
    series: 'Microbiome Signature Project', edition: 2022, published: '2022-06-07 13:00', palette: 'teal-sand', motif: 'circles',
    summary: 'The mapping behind MVA\'s microbiome directory: 80+ organisations, close to 900 publications (2014–2019) and about 140 clinical trials since 2001.',
    authors: ['Microbiome Signature Project'],
    project: ref('project-microbiome-signature'),
    keyFindings: [
      kpi('Companies, organisations and institutions in the regional microbiome ecosystem', 80, { qualifier: 'moreThan', unit: 'organisations', year: 2022, source: 'Microbiome Signature Project' }),
      kpi('Microbiome publications, 2014–2019', 900, { qualifier: 'closeTo', unit: 'publications', year: 2019, source: 'Microbiome Signature Project' }),
      kpi('Share of microbiome papers in Nature-family journals (51 of 751)', 7, { unit: '%', year: 2019, source: 'Microbiome Signature Project' }),
      kpi('Microbiome clinical trials in the region since 2001', 140, { qualifier: 'about', unit: 'trials', source: 'Microbiome Signature Project' }),
      kpi('Regional stakeholders interviewed', 40, { qualifier: 'moreThan', unit: 'stakeholders', year: 2020, source: 'Invest in Skåne' }),
    ],
    body: [
      p('The Microbiome Signature Project mapped the region\'s microbiome research for the first time, through database work, one-to-one interviews with more than 40 stakeholders and workshops. By autumn 2020 a clear picture had emerged.'),
      ul(
        'More than **80 companies, organisations and institutions** work with the microbiome in the region.',
        'Researchers in the region co-authored close to 900 microbiome publications in 2014–2019, with partners in more than 80 countries.',
        'They were behind 7% of microbiome papers in Nature and its sister journals (51 of 751).',
        'About 140 microbiome clinical trials have run in the region since 2001, more than 80 of them since 2015.',
      ),
      p('The mapping also found a contact gap: stakeholders wanted more interaction with each other.'),
    ],
  }),
  report('kpmg-microbiome-hub-study', {
    topics: ['microbiome', 'analysis-and-insights'],
    title: 'A Medicon Valley Microbiome Hub? Feasibility Study',
    series: 'Microbiome Signature Project', edition: 2022, published: '2022-06-07 14:00', palette: 'navy-teal', motif: 'network',
    summary: 'KPMG\'s study of a possible microbiome hub in Medicon Valley, benchmarked against APC Ireland, the Euregional Microbiome Center and NCCR Microbiomes.',
    authors: ['KPMG'],
    preparedBy: ref('org-kpmg'),
    project: ref('project-microbiome-signature'),
    keyFindings: [kpi('International microbiome centres used as benchmarks', 3, { unit: 'centres', year: 2022, source: 'KPMG for the Microbiome Signature Project' })],
    body: [
      p('The study was presented at the project\'s closing event on 7 June 2022. It compares three international models:'),
      ul('APC Microbiome Ireland', 'The Euregional Microbiome Center', 'NCCR Microbiomes'),
    ],
  }),
];
