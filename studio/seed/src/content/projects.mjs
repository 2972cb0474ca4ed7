// Projects: EU co-funded collaborations that MVA has led, coordinated or joined.
import { slug, ref, refs, kpi, money } from '../lib/doc.mjs';
import { hero } from '../lib/art.mjs';
import { body, p, h2, h3, ul, ol, quote, callout, kpiTable } from '../lib/pt.mjs';
import { artFor, topicIds } from './topics.mjs';

const OKS = 'Interreg Öresund-Kattegat-Skagerrak';
const ERDF = 'European Regional Development Fund';
const OKS_URL = 'https://interreg-oks.eu/';
const orgs = (...keys) => refs(keys.map((k) => `org-${k}`));
const people = (...keys) => refs(keys.map((k) => `person-${k}`));

function project(key, fields, topicKeys, art = {}) {
  const _id = `project-${key}`;
  return {
    _id,
    _type: 'project',
    title: fields.title,
    slug: slug(key),
    ...fields,
    topics: refs(topicIds(...topicKeys)),
    heroImage: hero(_id, { ...artFor(topicKeys[0]), ...art }),
  };
}

const MSP_KPIS = [
  kpi('International microbiome organisations established in the region', 5, { target: 2, unit: 'organisations', year: 2022, source: 'Invest in Skåne / Cision, September 2022' }),
  kpi('Regional organisations in the talent campaign', 27, { target: 15, unit: 'organisations', year: 2022, source: 'Invest in Skåne / Cision, September 2022' }),
  kpi('International talents hired', 102, { target: 60, unit: 'people', year: 2022, source: 'Invest in Skåne, September 2022' }),
];

export const projects = [
  project('microbiome-signature', {
    title: 'Microbiome Signature Project',
    acronym: 'MSP',
    status: 'completed',
    summary: 'A three-year Interreg project that mapped the region\'s microbiome ecosystem, attracted five international companies and helped hire 102 international talents.',
    startDate: '2019-10-01',
    endDate: '2022-09-30',
    fundingProgramme: { _type: 'fundingProgramme', name: OKS, fund: ERDF, url: OKS_URL },
    budget: money(2400000, 'EUR'),
    leadPartner: ref('org-medicon-valley-alliance'),
    partners: orgs('copenhagen-capacity', 'invest-in-skane'),
    mvaRole: 'lead',
    kpis: MSP_KPIS,
    externalUrl: 'https://mediconvalley.greatercph.com/microbiome-project',
    contacts: people('sarah-lide'),
    seo: {
      _type: 'seo',
      title: 'Microbiome Signature Project (2019–2022)',
      description: 'How an Interreg project mapped the Medicon Valley microbiome ecosystem, attracted five international companies and 102 international talents.',
      ogImage: hero('project-microbiome-signature-og', { palette: 'teal-sand', motif: 'helix', subject: 'microbiome research', width: 1200, height: 630 }),
    },
    body: body(
      p('The Microbiome Signature Project set out to make **Greater Copenhagen a global centre for microbiome research**. Medicon Valley Alliance led it together with Copenhagen Capacity and Invest in Skåne, with funding from Interreg Öresund-Kattegat-Skagerrak and a budget of EUR 2.4 million.'),
      h2('Why the microbiome'),
      p('The human microbiome is the community of microorganisms that live on and in us. Research in the field cuts across many disciplines and has drawn attention for its links to conditions such as inflammatory bowel disease, diabetes, multiple sclerosis, rheumatoid arthritis and some cancers.'),
      h2('What the project did'),
      ul(
        'Mapped the regional ecosystem, interviewing more than 40 stakeholders and finding **80+ companies, organisations and institutions** working with the microbiome.',
        'Approached international companies with Invest in Skåne and Copenhagen Capacity, which led to five establishments in the region.',
        'Ran a talent campaign in three rounds that reached people more than 23 million times and drew 33,632 unique visitors to its site.',
        'Held the online Greater Copenhagen Microbiome Summit, a closing event in June 2022 and a pitch day in September 2022.',
      ),
      h2('Results against targets'),
      p('Every key performance indicator was met or exceeded, despite most of the project running during the COVID-19 pandemic.'),
      kpiTable('Microbiome Signature Project: targets and results', MSP_KPIS),
      quote('"We are really proud that we have met and exceeded all our objectives and KPIs." – Sarah Lidé, Senior Strategy & Project Manager, MVA'),
      h2('What comes next'),
      p('One of the project\'s conclusions was that Medicon Valley holds a global position in microbiome research and innovation. MVA continues the work through the [MVA Microbiome Network](ref:network-microbiome) and is exploring new initiatives with academia and industry.'),
    ),
  }, ['microbiome', 'investment-and-establishment', 'life-science-talent', 'eu-funding']),

  project('reprosund', {
    title: 'Reprosund',
    status: 'completed',
    summary: 'The first Øresund collaboration in reproductive medicine (2010–2013), led by Lund University and the starting point of the ReproUnion projects.',
    startDate: '2010-03-01',
    endDate: '2013-02-28',
    fundingProgramme: { _type: 'fundingProgramme', name: 'Interreg IV A Öresund-Kattegat-Skagerrak', fund: ERDF, url: OKS_URL },
    budget: money(1785080, 'EUR'),
    euGrant: money(892540, 'EUR'),
    leadPartner: ref('org-lund-university'),
    body: body(
      p('Reprosund brought Danish and Swedish fertility researchers together from 1 March 2010 to 28 February 2013. Lund University led the project, which had a budget of EUR 1,785,080, half of it from the European Regional Development Fund.'),
      h2('A long line of projects'),
      p('Reprosund was followed by [ReproHigh](ref:project-reprohigh), [ReproUnion](ref:project-reprounion) and [ReproUnion 2.0](ref:project-reprounion-2), which together make up more than a decade of cross-border work on infertility.'),
    ),
  }, ['reproductive-health', 'cross-border-collaboration', 'eu-funding']),

  project('reprohigh', {
    title: 'ReproHigh',
    status: 'completed',
    summary: 'Danish-Swedish project on reproductive medicine (2012–2014) that built on Reprosund and prepared the ground for ReproUnion.',
    startDate: '2012-09-01',
    endDate: '2014-12-31',
    fundingProgramme: { _type: 'fundingProgramme', name: 'Interreg IV A Öresund-Kattegat-Skagerrak', fund: ERDF, url: OKS_URL },
    budget: money(3838760, 'EUR'),
    euGrant: money(1919380, 'EUR'),
    predecessor: ref('project-reprosund'),
    body: body(
      p('ReproHigh ran from 1 September 2012 to 31 December 2014 with a budget of EUR 3,838,760, of which the EU granted EUR 1,919,380.'),
      h2('From ReproHigh to ReproUnion'),
      p('The collaboration continued in 2015 as [ReproUnion](ref:project-reprounion), one of the largest Interreg projects the region had seen.'),
    ),
  }, ['reproductive-health', 'cross-border-collaboration', 'eu-funding']),

  project('reprounion', {
    title: 'ReproUnion',
    status: 'completed',
    summary: 'Cross-border centre for reproductive medicine (2015–2018) across six hospitals, with 25 PhD positions and a DKK 57.5 million Interreg V grant.',
    startDate: '2015-09-01',
    endDate: '2018-08-31',
    fundingProgramme: { _type: 'fundingProgramme', name: `${OKS} (Interreg V)`, fund: ERDF, url: OKS_URL },
    budget: money(14700000, 'EUR'),
    euGrant: money(57500000, 'DKK'),
    partners: orgs('region-hovedstaden', 'region-sjaelland', 'region-skane', 'lund-university', 'university-of-copenhagen', 'ferring', 'herlev-gentofte-hospital', 'rigshospitalet', 'hvidovre-hospital', 'bispebjerg-hospital', 'holbaek-hospital', 'skane-university-hospital'),
    mvaRole: 'coordinator',
    predecessor: ref('project-reprohigh'),
    kpis: [
      kpi('Hospital departments in the collaboration', 13, { unit: 'departments', year: 2015, source: 'Herlev Hospital, 2015' }),
      kpi('PhD positions', 25, { unit: 'positions', year: 2015, source: 'Herlev Hospital, 2015' }),
    ],
    externalUrl: 'https://reprounion.eu/',
    contacts: people('kristine-koppelhus', 'mette-bach-dyremose'),
    body: body(
      p('ReproUnion aims to make the Øresund region **world leading in overcoming infertility**, by building a Swedish-Danish centre for research and innovation in reproductive medicine.'),
      h2('Scale'),
      p('From 1 September 2015 the project joined 13 departments at Herlev and Gentofte, Rigshospitalet, Hvidovre, Bispebjerg, Holbæk and Skåne University Hospital in Malmö, and created 25 PhD positions. The Interreg V grant of DKK 57.5 million was matched by the partners, making it a project of about EUR 14.7 million.'),
      h2('MVA\'s role'),
      p('MVA brought hospitals, universities and industry together and hosts the ReproUnion Management Unit, a single point of entry for industry, regional authorities, universities, students and researchers. Because MVA has no national interest of its own, it can keep a holistic view of the partnership.'),
      h3('Partners'),
      ul(
        'Capital Region of Denmark, Region Zealand and Region Skåne',
        'Lund University and the University of Copenhagen',
        'Ferring Pharmaceuticals',
      ),
    ),
  }, ['reproductive-health', 'cross-border-collaboration', 'eu-funding']),

  project('reprounion-2', {
    title: 'ReproUnion 2.0',
    acronym: 'RU2',
    status: 'completed',
    summary: 'The second phase of ReproUnion: EUR 3.32 million from Interreg ÖKS for 24 research projects in 14 units, including the RUBIC biobank and cohort.',
    startDate: '2018-09-01',
    endDate: '2022-09-30',
    fundingProgramme: { _type: 'fundingProgramme', name: OKS, fund: ERDF, url: OKS_URL },
    euGrant: money(3320000, 'EUR'),
    leadPartner: ref('org-medicon-valley-alliance'),
    partners: orgs('region-hovedstaden', 'region-sjaelland', 'region-skane', 'lund-university', 'university-of-copenhagen', 'ferring'),
    mvaRole: 'lead',
    predecessor: ref('project-reprounion'),
    kpis: [
      kpi('Research projects', 24, { unit: 'projects', source: 'Øresundsinstituttet' }),
      kpi('Clinical and research units', 14, { unit: 'units', source: 'Øresundsinstituttet' }),
      kpi('Couples RUBIC aims to enrol', 5000, { unit: 'couples', source: 'Region Hovedstaden research portal' }),
    ],
    externalUrl: 'https://reprounion.eu/',
    contacts: people('kristine-koppelhus', 'mette-bach-dyremose'),
    body: body(
      p('ReproUnion 2.0 continued the collaboration with EUR 3.32 million from Interreg Öresund-Kattegat-Skagerrak. MVA headed the project, whose period ended in September 2022.'),
      h2('Research across 14 units'),
      p('The network of 14 clinical and research units in the Capital Region, Region Zealand and Region Skåne ran 24 research projects.'),
      h2('RUBIC'),
      p('The **ReproUnion Biobank and Infertility Cohort (RUBIC)** aims to follow 5,000 couples, split between Denmark and Sweden. The first patients enrolled in June 2020.'),
      h2('Care across the border'),
      p('A patient mobility agreement between the Capital Region and Region Skåne lets couples receive infertility treatment on both sides of the Øresund. By April 2020 about 30 Swedish men had been treated at Rigshospitalet.'),
      callout('info', 'ReproUnion news and the project archive live on reprounion.eu.'),
    ),
  }, ['reproductive-health', 'cross-border-collaboration', 'eu-funding']),

  project('diaunion', {
    title: 'DiaUnion',
    status: 'active',
    summary: 'Danish-Swedish collaboration on early detection of type 1 diabetes, started in 2020 and continued in the Interreg ÖKS 2021–2027 programme.',
    startDate: '2020-01-01',
    fundingProgramme: { _type: 'fundingProgramme', name: OKS, fund: ERDF, url: OKS_URL },
    euGrant: money(500000, 'EUR'),
    leadPartner: ref('org-medicon-valley-alliance'),
    partners: orgs('region-hovedstaden', 'region-skane', 'lund-university', 'steno-diabetes-center-copenhagen', 'novo-nordisk-foundation'),
    mvaRole: 'lead',
    kpis: [
      kpi('People with type 1 diabetes in Sweden', 50000, { unit: 'people', source: 'MVA DiaUnion project page' }),
      kpi('People with type 1 diabetes in Denmark', 30000, { unit: 'people', source: 'MVA DiaUnion project page' }),
      kpi('Extra funding for a screening feasibility study', 1, { unit: 'EUR million', source: 'diaunion.org' }),
    ],
    externalUrl: 'https://diaunion.org/',
    contacts: people('finn-kristensen', 'mette-bach-dyremose'),
    body: body(
      p('DiaUnion started on 1 January 2020. Interreg granted SEK 5.2 million (EUR 500,000), half of the budget; the Capital Region, Region Skåne and Steno Diabetes Center Copenhagen paid the other half. MVA leads the project. Its vision is to **prevent and ultimately cure type 1 diabetes**.'),
      h2('Why it matters'),
      p('About 50,000 people in Sweden live with type 1 diabetes and two children are diagnosed every day. In Denmark about 30,000 people have the disease, 4,000 of them children and young people.'),
      h2('How it works'),
      ol(
        'Children are screened for type 1 diabetes, coeliac disease and autoimmune thyroid disease in one go, using ADAP multiplex assays.',
        'Robotic lab automation at Lund University and genotyping at Steno Diabetes Center Copenhagen are used by both sides.',
        'Historical data from Denmark and Sweden are shared to improve early detection.',
      ),
      h2('Phases'),
      ul(
        'An additional EUR 1 million funds a feasibility study of screening children, led by Professors Daniel Agardh, Flemming Pociot and Åke Lernmark.',
        'DiaUnion 1.5, a 15-month Interreg ÖKS project, verified an early-detection method.',
        'A new DiaUnion was approved in call 1 of Interreg ÖKS 2021–2027 in December 2022.',
      ),
    ),
  }, ['diabetes', 'cross-border-collaboration', 'eu-funding']),

  project('halos', {
    title: 'HALOS – Hanseatic League of Science',
    acronym: 'HALOS',
    status: 'completed',
    summary: 'Interreg project (2019–2022) that linked research in the Øresund region and Hamburg to MAX IV, ESS, DESY and European XFEL through short seed projects.',
    startDate: '2019-02-01', endDate: '2022-01-31',
    fundingProgramme: { _type: 'fundingProgramme', name: OKS, fund: ERDF, url: OKS_URL },
    budget: money(3600000, 'EUR'),
    leadPartner: ref('org-lund-university'),
    partners: orgs('university-of-hamburg', 'medicon-valley-alliance', 'region-skane', 'region-hovedstaden', 'city-of-hamburg'),
    mvaRole: 'partner',
    kpis: [kpi('Six-month seed projects planned', 41, { unit: 'projects', source: 'Nordic Life Science' })],
    contacts: people('stephan-bouman', 'kajsa-m-paulsson'),
    body: body(
      p('HALOS was approved on 6 December 2018 and started on 1 February 2019 with EUR 3.6 million from Interreg Öresund-Kattegat-Skagerrak. The Faculty of Medicine at Lund University led it.'),
      h2('Four large-scale facilities'),
      p('The project connected life science with **MAX IV** and **ESS** in Lund and **DESY** and **European XFEL** in Hamburg. Partners included Lund University, seven other academic institutes in Sweden, Denmark, Norway and Germany, MVA, industry, Region Skåne, the Capital Region and the City of Hamburg.'),
      h2('Seed projects and exchanges'),
      p('HALOS planned 41 short seed projects of six months each, plus researcher exchanges. Prof. Arwen Pearson led the work at the University of Hamburg and Kajsa M. Paulsson was project manager.'),
      p('The work continued in [HALRIC](ref:project-halric).'),
    ),
  }, ['research-infrastructure', 'cross-border-collaboration', 'eu-funding']),

  project('halric', {
    title: 'HALRIC – Hanseatic Life Science Research Infrastructure Consortium',
    acronym: 'HALRIC',
    status: 'completed',
    summary: 'EUR 11 million consortium of 21 partners in four countries (2023–2026) offering pilot projects at large-scale research facilities.',
    startDate: '2023-04-01',
    endDate: '2026-07-31',
    fundingProgramme: { _type: 'fundingProgramme', name: `${OKS} 2021–2027`, fund: ERDF, url: OKS_URL },
    budget: money(11000000, 'EUR'),
    leadPartner: ref('org-lund-university'),
    partners: orgs('medicon-valley-alliance'),
    mvaRole: 'projectManagingPartner',
    predecessor: ref('project-halos'),
    kpis: [
      kpi('Partners', 21, { unit: 'organisations', source: 'halric.eu' }),
      kpi('Countries', 4, { source: 'halric.eu' }),
      kpi('Pilot projects offered (maximum)', 75, { unit: 'projects', source: 'halric.eu' }),
    ],
    externalUrl: 'https://halric.eu/',
    contacts: people('kajsa-m-paulsson', 'stephan-bouman'),
    body: body(
      p('HALRIC built on HALOS. With **EUR 11 million** over three years, 21 partners in Sweden, Denmark, Germany and Norway worked to open large-scale research infrastructure to life science, industry and clinics. Lund University led the consortium and MVA took part as a Danish partner and project managing partner.'),
      h2('Pilot projects'),
      p('HALRIC offered up to 75 pilot projects of about six months each. Applications were accepted on a rolling basis until 30 September 2025.'),
      h2('Hanseatic Science Cloud'),
      p('A shared "Hanseatic Science Cloud" was set up to handle the data from the pilots.'),
    ),
  }, ['research-infrastructure', 'cross-border-collaboration', 'eu-funding']),

  project('gclsai', {
    title: 'Greater Copenhagen Life Science Analysis Initiative',
    acronym: 'GCLSAI',
    status: 'completed',
    summary: 'Interreg ÖKS project led by MVA with Øresundsinstituttet that produced two reports and new figures on life science jobs and investment in Medicon Valley.',
    endDate: '2022-06-30',
    fundingProgramme: { _type: 'fundingProgramme', name: OKS, fund: ERDF, url: OKS_URL },
    leadPartner: ref('org-medicon-valley-alliance'),
    partners: orgs('oresundsinstituttet', 'region-skane', 'region-sjaelland'),
    mvaRole: 'lead',
    kpis: [
      kpi('People employed in Medicon Valley life science', 65500, { unit: 'people', year: 2022, source: 'Øresundsinstituttet / GCLSAI' }),
      kpi('Growth in employment over five years', 12000, { unit: 'people', year: 2022, source: 'Øresundsinstituttet / GCLSAI' }),
      kpi('Jobs expected from construction investment, at least', 4000, { unit: 'jobs', year: 2022, source: 'Øresundsinstituttet / GCLSAI' }),
      kpi('"Life science municipalities"', 16, { unit: 'municipalities', year: 2022, source: 'Øresundsinstituttet / GCLSAI' }),
    ],
    contacts: people('david-munis-zepernick'),
    body: body(
      p('GCLSAI gave decision-makers dated, sourced figures on life science in Greater Copenhagen. MVA was lead partner and Øresundsinstituttet partner; Region Skåne and Region Zealand co-funded the work, which ran until 30 June 2022.'),
      h2('Two reports'),
      ul(
        '[Life Science in Skåne](ref:report-life-science-in-skane-2020) (November 2020): 426 companies with 7,500 employees.',
        '[Life Science Across the Øresund](ref:report-life-science-across-the-oresund-2021) (June 2021): more than 900 border commuters.',
      ),
      h2('Summary results'),
      p('About **65,500 people** work in Medicon Valley life science, 12,000 more than five years earlier. Construction investment of more than DKK 45 billion is expected to create over 4,000 jobs, and 16 "life science municipalities" account for about 86% of employment.'),
    ),
  }, ['analysis-and-insights', 'cross-border-collaboration', 'eu-funding'], { motif: 'bars' }),
];
