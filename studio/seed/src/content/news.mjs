// News articles: news, press releases, media coverage, opinion and announcements (2015–2027),
// every few months up to the dataset's date, as a newsroom writes them.
import { slug, refs, kpi, local } from '../lib/doc.mjs';
import { hero } from '../lib/art.mjs';
import { body, p, h2, h3, ul, ol, quote, callout, kpiTable, figure } from '../lib/pt.mjs';
import { artFor, topicIds } from './topics.mjs';

/**
 * @param {string} key slug; id is `news-<key>`
 * @param {object} f fields; `published` is a Copenhagen wall time, `topics`/`projects`/`networks`
 *   are key lists, `contacts` person keys, `art` overrides the hero artwork or `false` for none,
 *   `shareAlt` shares the hero as `seo.ogImage` with that alt text
 */
export function news(key, { published, topics = [], projects = [], networks = [], contacts = [], art = {}, shareAlt, ...f }) {
  const _id = `news-${key}`;
  const heroImage = art !== false && topics.length ? hero(_id, { ...artFor(topics[0]), ...art }) : undefined;
  return {
    _id,
    _type: 'newsArticle',
    title: f.title,
    slug: slug(key),
    kind: f.kind,
    publishedAt: published.endsWith('Z') ? published : local(published),
    ...f,
    ...(topics.length && { topics: refs(topicIds(...topics)) }),
    ...(projects.length && { projects: refs(projects.map((k) => `project-${k}`)) }),
    ...(networks.length && { networks: refs(networks.map((k) => `network-${k}`)) }),
    ...(contacts.length && { mediaContacts: refs(contacts.map((k) => `person-${k}`)) }),
    ...(heroImage && { heroImage }),
    // Shared with its hero image, described for a share card (`shareAlt`).
    ...(heroImage && shareAlt && { seo: { _type: 'seo', ogImage: { ...heroImage, alt: shareAlt } } }),
  };
}


const MSP_KPIS = [
  kpi('International microbiome organisations established in the region', 5, { target: 2, unit: 'organisations', year: 2022, source: 'Microbiome Signature Project' }),
  kpi('Regional organisations in the talent campaign', 27, { target: 15, unit: 'organisations', year: 2022, source: 'Microbiome Signature Project' }),
  kpi('International talents hired', 102, { target: 60, unit: 'people', year: 2022, source: 'Microbiome Signature Project' }),
];

export const articles = [
  news('mva-awarded-european-cluster-excellence-gold-label', {
    title: 'MVA awarded the European Cluster Excellence Gold label',
    kind: 'announcement', published: '2015-06-15 10:00',
    summary: 'Medicon Valley Alliance has received the Gold label for cluster management excellence with a score of 95%.',
    topics: ['cross-border-collaboration'],
    body: body(
      p('Medicon Valley Alliance has been awarded the **Gold label** of the European Cluster Excellence Initiative, with a score of 95%.'),
      p('The assessment, carried out by the European Secretariat for Cluster Analysis, covered the period from the first quarter of 2014 to the first quarter of 2015.'),
      callout('success', 'The Gold label is the highest level of recognition for cluster management in the initiative.'),
    ),
  }),
  news('reprounion-kick-off-conference', {
    title: 'Excitement and cross-border spirit at the ReproUnion kick-off',
    kind: 'news', published: '2016-04-04 09:00',
    summary: 'Politicians, clinicians and researchers met at Hilton Copenhagen Airport on 31 March to launch ReproUnion, the Danish-Swedish infertility collaboration.',
    topics: ['reproductive-health', 'cross-border-collaboration'], projects: ['reprounion'],
    body: body(
      p('On 31 March 2016, partners from both sides of the Øresund gathered at Hilton Copenhagen Airport for the [ReproUnion kick-off conference](ref:event-reprounion-kick-off-2016).'),
      h2('One of the region\'s largest Interreg projects'),
      p('ReproUnion received DKK 57.5 million from Interreg V, matched by the partners. The project joins 13 departments at six hospitals and creates 25 PhD positions.'),
      p('Read more on [reprounion.eu](https://reprounion.eu/).'),
    ),
  }),
  news('mva-recertified-with-cluster-excellence-gold-label', {
    title: 'MVA re-certified with the Cluster Excellence Gold label',
    kind: 'announcement', published: '2017-07-03 10:00',
    summary: 'Medicon Valley Alliance keeps its Gold label from the European Cluster Excellence Initiative after a new assessment in summer 2017.',
    topics: ['cross-border-collaboration'],
    body: body(
      p('MVA has again been certified with the Gold label of the European Cluster Excellence Initiative (ECEI).'),
      p('The label matters in practice: Region Skåne, for example, requires partners to hold an ECEI certification.'),
    ),
  }),
  news('inaugural-mva-microbiome-summit', {
    title: 'First MVA Microbiome Summit gathers industry and academia',
    kind: 'news', published: '2017-10-09 09:00',
    summary: 'The first MVA Microbiome Summit, chaired by Prof. Morten Sommer of DTU, brought microbiome researchers and companies together in Copenhagen.',
    topics: ['microbiome'], networks: ['microbiome'],
    body: body(
      p('On 5 October 2017, MVA held its first [Microbiome Summit](ref:event-mva-microbiome-summit-2017) in Copenhagen, chaired by Prof. Morten Sommer of the Technical University of Denmark.'),
      h2('Speakers and participants'),
      ul('Fredrik Bäckhed', 'John Cryan', 'Companies including Novo Nordisk, Ferring, Lundbeck and Taconic'),
      p('Participants asked for a permanent forum, and the MVA Microbiome Network will hold its first meeting in 2018.'),
    ),
  }),
  news('ema-moves-to-amsterdam', {
    title: 'EMA moves to Amsterdam: Copenhagen lost the race',
    kind: 'news', published: '2017-11-20 18:00',
    summary: 'The European Medicines Agency will relocate to Amsterdam. MVA had supported Copenhagen\'s bid with facts from State of Medicon Valley.',
    topics: ['policy-and-advocacy'], art: { motif: 'grid' },
    body: body(
      p('The EU has decided that the European Medicines Agency (EMA) will move to Amsterdam. Copenhagen, backed by the Danish government and the life science community, was among the candidate cities.'),
      p('MVA supported the bid, and the State of Medicon Valley analysis was used in the candidacy to document the strength of the region.'),
      p('Kemivärlden Biotech wrote on 14 November that Denmark boosts the entire Medicon Valley region.'),
    ),
  }),
  news('patient-mobility-agreement-infertility-treatment', {
    title: 'New agreement: infertility treatment in both Malmö and Copenhagen',
    kind: 'announcement', published: '2017-11-29 10:00',
    summary: 'The Capital Region of Denmark and Region Skåne have agreed on patient mobility, so couples can receive infertility treatment on both sides of the Øresund.',
    topics: ['reproductive-health', 'cross-border-collaboration'], projects: ['reprounion'],
    body: body(
      p('The Capital Region of Denmark and Region Skåne have signed a **patient mobility agreement** for infertility treatment. Patients can now be treated in both Malmö and Copenhagen.'),
      p('The agreement builds on the cooperation in [ReproUnion](ref:project-reprounion).'),
    ),
  }),
  news('halos-approved', {
    title: 'HALOS approved: EUR 3.6 million to link life science with large-scale facilities',
    kind: 'announcement', published: '2018-12-06 15:00',
    summary: 'Interreg ÖKS has approved HALOS, which will connect research in the Øresund region and Hamburg with MAX IV, ESS, DESY and European XFEL.',
    topics: ['research-infrastructure', 'eu-funding'], projects: ['halos'],
    body: body(
      p('HALOS – the Hanseatic League of Science – was approved on 6 December 2018 with **EUR 3.6 million** from Interreg Öresund-Kattegat-Skagerrak. The project starts on 1 February 2019 and is led by the Faculty of Medicine at Lund University. MVA is a partner.'),
      h2('What HALOS will do'),
      ol(
        'Connect life science with four large-scale facilities: MAX IV, ESS, DESY and European XFEL.',
        'Fund 41 short seed projects of six months.',
        'Support researcher exchanges between the regions.',
      ),
      p('MVA\'s contact is Senior Programme Manager Stephan Bouman.'),
    ),
  }),
  news('diaunion-makes-headlines-in-danish-and-swedish-media', {
    title: 'DiaUnion makes headlines in Danish and Swedish media',
    kind: 'mediaCoverage', published: '2019-12-12 10:00',
    summary: 'TV2 Lorry, Aftenbladet and News Øresund covered DiaUnion, the new Danish-Swedish fight against type 1 diabetes backed by EUR 500,000 from the EU.',
    externalSource: { _type: 'externalSource', outlet: 'TV2 Lorry', url: 'https://www.tv2lorry.dk/region-hovedstaden/danmark-og-sverige-gaar-sammen-til-kamp-mod-diabetes' },
    topics: ['diabetes', 'cross-border-collaboration'], projects: ['diaunion'],
    body: body(
      p('News of [DiaUnion](ref:project-diaunion) reached Danish and Swedish media. TV2 Lorry quoted the press release from the Capital Region of Denmark, and Aftenbladet and News Øresund followed.'),
      p('The project starts on 1 January 2020 with **EUR 500,000** from the EU, half of its budget.'),
      p('Read the story at [TV2 Lorry](https://www.tv2lorry.dk/region-hovedstaden/danmark-og-sverige-gaar-sammen-til-kamp-mod-diabetes) or [News Øresund](https://www.newsoresund.se/danmark-och-sverige-ska-samarbeta-i-diabetesprojekt/).'),
    ),
  }),
  news('download-state-of-medicon-valley-2020', {
    title: 'Download the 2020 State of Medicon Valley analysis free of charge',
    kind: 'announcement', published: '2020-11-13 10:00',
    summary: 'The 2020 State of Medicon Valley, presented on 2 November and prepared by Øresundsinstituttet, is free to download with all tables and figures.',
    topics: ['analysis-and-insights'],
    body: body(
      p('The [State of Medicon Valley 2020](ref:report-state-of-medicon-valley-2020) analysis was presented at the online [Annual Meeting](ref:event-annual-meeting-2020) on 2 November and can be watched on MVA\'s YouTube channel.'),
      h3('Authors'),
      p('Prepared by Øresundsinstituttet: Jenny Andersson, Anna Palmehag, Thea Wiborg and Johan Wessman.'),
      callout('info', 'The report, tables and figures are free to download and reuse with attribution.'),
    ),
  }),
  news('mva-chairmanship-re-elected', {
    title: 'MVA\'s chairmanship re-elected',
    kind: 'announcement', published: '2021-04-12 16:00',
    summary: 'Søren Bregenholt continues as chairman and Ulf G. Andersson as vice chairman of Medicon Valley Alliance.',
    topics: ['cross-border-collaboration'], art: false,
    body: body(
      p('The board of Medicon Valley Alliance has re-elected **Søren Bregenholt** as chairman and **Ulf G. Andersson** (Medeon) as vice chairman.'),
      h2('The board'),
      ul(
        'Søren Bregenholt (chairman)',
        'Ulf G. Andersson, Medeon (vice chairman)',
        'Trine Winterø, University of Copenhagen',
        'Kristina Åkesson, Lund University',
        'Thomas Arnebrant, Malmö University',
        'Daniel Kronmann, Region Skåne',
        'Anders Lundbergh, Capital Region of Denmark',
        'Anette Østergaard, Ferring',
        'Linn Mandahl, AbbVie',
      ),
    ),
  }),
  news('new-analysis-life-science-across-the-oresund', {
    title: 'New analysis: Life Science Across the Øresund',
    kind: 'announcement', published: '2021-06-22 09:00',
    summary: 'More than 900 people commute across the Øresund to work in life science, and 13 Danish life science companies have listed in Sweden since 2014.',
    topics: ['analysis-and-insights', 'cross-border-collaboration'], projects: ['gclsai'],
    body: body(
      p('The second report of the [Greater Copenhagen Life Science Analysis Initiative](ref:project-gclsai) was presented this morning in Ørestad and on a livestream.'),
      ul(
        'More than **900** cross-border commuters work in life science.',
        'More than 20 Danish CEOs lead life science companies in Skåne.',
        '13 Danish life science companies have listed in Sweden since 2014.',
      ),
      p('Read the full [report](ref:report-life-science-across-the-oresund-2021).'),
    ),
  }),
  news('rubic-first-year-press-coverage-and-andrology-paper', {
    title: 'Press coverage and a paper in Andrology mark RUBIC\'s first year',
    kind: 'news', published: '2021-06-29 10:00',
    summary: 'One year after the first couples enrolled, the ReproUnion biobank and cohort RUBIC has been described in Andrology and covered by Danish media.',
    topics: ['reproductive-health'], projects: ['reprounion-2'],
    body: body(
      p('The **ReproUnion Biobank and Infertility Cohort** enrolled its first patients in June 2020. It aims to follow 5,000 couples, split between Denmark and Sweden.'),
      p('To mark Father\'s Day, the project reached out about male infertility. Dagens Medicin and Berlingske covered the story, and the cohort was described in the journal *Andrology*.'),
    ),
  }),
  news('life-science-sweden-2020-all-time-high-for-medicon-valley', {
    title: 'Life Science Sweden: 2020 was an all-time high for Medicon Valley',
    kind: 'mediaCoverage', published: '2021-11-09 10:00',
    summary: 'Life Science Sweden reports on State of Medicon Valley 2021: life science employment in the region grew by 4,000 in five years.',
    externalSource: { _type: 'externalSource', outlet: 'Life Science Sweden', url: 'https://www.lifesciencesweden.se/' },
    topics: ['analysis-and-insights'],
    body: body(
      p('Life Science Sweden covered the [State of Medicon Valley 2021](ref:report-state-of-medicon-valley-2021) analysis, presented by CEO Anette Steenberg on 8 November.'),
      p('Employment in the cluster grew by 4,000 jobs in five years, and the magazine calls 2020 an all-time high for Medicon Valley.'),
    ),
  }),
  news('anette-steenberg-in-berlingske-life-science-magazine', {
    title: 'High growth, but there is still an unrealised potential',
    kind: 'opinion', published: '2021-12-07 10:00',
    summary: 'In Berlingske\'s life science magazine, CEO Anette Steenberg argues that Medicon Valley is growing fast but has potential it has not yet realised.',
    externalSource: { _type: 'externalSource', outlet: 'Berlingske', url: 'https://www.berlingske.dk/' },
    topics: ['policy-and-advocacy', 'cross-border-collaboration'],
    body: body(
      p('MVA\'s CEO **Anette Steenberg** was interviewed in Berlingske\'s life science magazine under the headline "High growth, but there is still an unrealised potential".'),
      h2('The background'),
      p('The [State of Medicon Valley 2021](ref:report-state-of-medicon-valley-2021) analysis, presented a month earlier, showed life science employment up by 4,000 jobs in five years.'),
      p('Read the full article in [Berlingske](https://www.berlingske.dk/).'),
    ),
  }),
  news('intensive-three-years-in-microbiome', {
    title: 'Intensive three years in microbiome: results presented in Copenhagen',
    kind: 'news', published: '2022-06-09 10:00',
    summary: 'At its closing event on 7 June, the Microbiome Signature Project presented its mapping, new company establishments, the talent campaign and a KPMG hub study.',
    topics: ['microbiome', 'investment-and-establishment'], projects: ['microbiome-signature'], networks: ['microbiome'],
    body: body(
      p('Stakeholders from across the region met on 7 June 2022 for [Project Outcomes and Future Outlook](ref:event-microbiome-signature-closing-event-2022), the closing event of the Microbiome Signature Project.'),
      h2('On the programme'),
      ul('The mapping of the regional ecosystem and a publication report', 'Companies that set up in the region', 'The talent campaign', 'A KPMG study on a possible microbiome hub, benchmarked against APC Ireland, the Euregional Microbiome Center and NCCR Microbiomes'),
      quote('"I didn\'t know how strong we are in the microbiome…" – Ulrika Ringdahl, Managing Director, Invest in Skåne'),
      quote('"We have a fantastic stronghold…" – Anette Steenberg, CEO, MVA'),
      figure(hero('news-microbiome-closing-inline', { palette: 'teal-sand', motif: 'helix', subject: 'three years of microbiome work in Medicon Valley', width: 1200, height: 675 }), 'The project ran from 2019 to 2022, mostly during the COVID-19 pandemic.'),
    ),
  }),
  news('reprounion-summit-celebrates-a-decade', {
    title: 'ReproUnion SUMMIT celebrates a decade of results',
    kind: 'news', published: '2022-09-06 10:00',
    summary: 'On 2 September, ReproUnion partners marked ten years of Danish-Swedish collaboration on infertility, shortly before the ReproUnion 2.0 period ends.',
    topics: ['reproductive-health'], projects: ['reprounion-2'],
    body: body(
      p('Chairman Jens Sønksen opened the [ReproUnion SUMMIT](ref:event-reprounion-summit-2022) on 2 September 2022, celebrating a decade of cross-border work.'),
      p('The ReproUnion 2.0 project period ends at the end of September 2022. Its 14 units ran 24 research projects with EUR 3.32 million from Interreg ÖKS.'),
    ),
  }),
  news('microbiome-signature-project-reaches-all-kpis', {
    title: 'Successful microbiome project reaches all its KPIs',
    kind: 'pressRelease', published: '2022-09-29 09:00',
    summary: 'The Microbiome Signature Project exceeds every target: five international companies set up in the region and 102 international talents were hired.',
    topics: ['microbiome', 'life-science-talent', 'investment-and-establishment'], projects: ['microbiome-signature'],
    contacts: ['sarah-lide', 'david-munis-zepernick'],
    seo: { _type: 'seo', title: 'Microbiome project reaches all KPIs', description: 'Five international microbiome companies set up in Medicon Valley and 102 international talents were hired through the Microbiome Signature Project.' },
    body: body(
      p('**Copenhagen/Malmö** – The Microbiome Signature Project, led jointly by Invest in Skåne, Copenhagen Capacity and Medicon Valley Alliance and financed by Interreg Öresund-Kattegat-Skagerrak, ends on 30 September 2022 having met or exceeded every target.'),
      kpiTable('Key performance indicators: target and result', MSP_KPIS),
      h2('Five companies established'),
      p('Most of the investors had not considered Medicon Valley before Invest in Skåne and Copenhagen Capacity contacted them. Camilla Münter of Copenhagen Capacity calls the proactive approach "critical" to convincing organisations to come.'),
      h2('Talent from abroad'),
      p('The campaign ran in three rounds, spread the word more than 23 million times and drew 33,632 unique visitors. Dan Rosenberg of Copenhagen Capacity notes that with low unemployment in the sector, every new talent from abroad is a win.'),
      quote('"We are really proud that we have met and exceeded all our objectives and KPIs." – Sarah Lidé, Senior Strategy and Project Manager, MVA'),
      p('Media contact: [press@example.org](mailto:press@example.org), phone [+45 00 00 00 00](tel:+4500000000).'),
    ),
  }),
  news('mva-receives-three-new-eu-project-grants', {
    title: 'MVA receives three new EU project grants',
    kind: 'announcement', published: '2022-12-19 10:00',
    summary: 'HALRIC, a new DiaUnion and CINDIS were approved in the first call of Interreg ÖKS 2021–2027, as MVA ends its 25th year with over 300 members.',
    topics: ['eu-funding'], projects: ['halric', 'diaunion'],
    body: body(
      p('Three projects with MVA involvement were approved in call 1 of Interreg Öresund-Kattegat-Skagerrak 2021–2027:'),
      ul(
        '[HALRIC](ref:project-halric), where MVA is project managing partner.',
        'A new phase of [DiaUnion](ref:project-diaunion).',
        'CINDIS, with MVA as partner.',
      ),
      p('The grants close MVA\'s 25th year, in which membership passed 300 organisations.'),
    ),
  }),
  news('halric-kicks-off-in-copenhagen', {
    title: 'HALRIC kicks off in Copenhagen',
    kind: 'news', published: '2023-04-28 10:00',
    summary: 'The EUR 11 million Hanseatic Life Science Research Infrastructure Consortium has started, with 21 partners in Sweden, Denmark, Germany and Norway.',
    topics: ['research-infrastructure', 'cross-border-collaboration'], projects: ['halric'],
    body: body(
      p('[HALRIC](ref:project-halric) held its kick-off in Copenhagen. Led by Lund University, the consortium has EUR 11 million for three years and 21 partners in four countries.'),
      p('It will offer up to 75 pilot projects of about six months at facilities such as MAX IV, ESS, DESY and European XFEL. See [halric.eu](https://halric.eu/).'),
    ),
  }),
  news('niels-abel-bonde-elected-chairman', {
    title: 'Niels Abel Bonde elected chairman of Medicon Valley Alliance',
    kind: 'pressRelease', published: '2023-04-19 17:00',
    summary: 'Niels Abel Bonde of Novo Nordisk is MVA\'s new chairman, succeeding Søren Bregenholt, who has chaired the board since 2015.',
    topics: ['cross-border-collaboration'], contacts: ['david-munis-zepernick', 'anette-steenberg'], art: false,
    body: body(
      p('From 19 April 2023, **Niels Abel Bonde** of Novo Nordisk is chairman of the board of Medicon Valley Alliance.'),
      p('He succeeds **Søren Bregenholt**, CEO of Alligator Bioscience, who has chaired MVA since 2015.'),
    ),
  }),
  news('reprounion-featured-in-eu-smart-regions', {
    title: 'ReproUnion featured in the EU\'s Smart Regions series',
    kind: 'mediaCoverage', published: '2024-03-07 12:00',
    summary: 'The European Commission\'s Smart Regions series shows how ReproUnion, funded with more than EUR 7 million from Interreg ÖKS, tackles infertility.',
    externalSource: { _type: 'externalSource', outlet: 'European Commission – Smart Regions', url: 'https://ec.europa.eu/regional_policy/whats-new/newsroom/03-07-2024-smart-regions-eu-funded-project-reprounion-tackles-infertility_en' },
    topics: ['reproductive-health', 'eu-funding'], projects: ['reprounion-2'],
    body: body(
      p('The European Commission\'s *Smart Regions* series features ReproUnion as an example of EU-funded cross-border health cooperation.'),
      p('According to the Commission, the collaboration has received more than EUR 7 million from Interreg Öresund-Kattegat-Skagerrak.'),
      p('[Read the feature](https://ec.europa.eu/regional_policy/whats-new/newsroom/03-07-2024-smart-regions-eu-funded-project-reprounion-tackles-infertility_en).'),
    ),
  }),
  news('three-new-members-of-the-board', {
    title: 'Three new members join MVA\'s board',
    kind: 'pressRelease', published: '2024-04-11 17:00',
    summary: 'The general meeting has elected Maria Björkqvist (Lund University), Julia Davies (Malmö University) and Matthew Iles (AbbVie) to MVA\'s board.',
    topics: ['cross-border-collaboration'], contacts: ['david-munis-zepernick'],
    shareAlt: 'Three new members join MVA\'s board: abstract arcs over a low horizon in teal and sky blue on deep navy',
    body: body(
      p('At the Ordinary General Meeting on Thursday 11 April 2024, members elected three new board members:'),
      ul('**Maria Björkqvist**, Lund University', '**Julia Davies**, Malmö University, who is also active in the MVA Microbiome Network', '**Matthew Iles**, AbbVie'),
      p('The board is chaired by Niels Abel Bonde.'),
    ),
  }),
  news('reprounion-makes-the-dream-of-children-come-true', {
    title: 'Interreg project helps make the dream of having children come true',
    kind: 'news', published: '2024-05-22 10:00',
    summary: 'After a decade, ReproUnion counts 30 research projects, more than 3,500 couples counselled and an estimated 300+ children born.',
    topics: ['reproductive-health', 'eu-funding'], projects: ['reprounion-2'],
    body: body(
      p('Project manager Kristine Koppelhus sums up ten years of ReproUnion:'),
      ul('30 research projects', 'Fertility counselling for more than 3,500 couples', 'An estimated 300 or more children born'),
      p('Read the [success story](ref:story-a-decade-against-involuntary-childlessness).'),
    ),
  }),
  news('halric-pilot-call-closes-30-september', {
    title: 'Last weeks to apply for a HALRIC pilot project',
    kind: 'announcement', published: '2025-09-01 09:00',
    summary: 'HALRIC accepts applications for pilot projects at large-scale research facilities on a rolling basis until 30 September 2025.',
    topics: ['research-infrastructure'], projects: ['halric'], art: { decorative: true },
    body: body(
      callout('warning', 'Deadline: applications close on 30 September 2025.'),
      p('[HALRIC](ref:project-halric) offers up to 75 pilot projects of about six months, giving companies and clinics access to large-scale facilities.'),
      p('How to apply: see [halric.eu/pilot-projects](https://halric.eu/pilot-projects/).'),
    ),
  }),
  news('microbiome-network-meets-in-malmo', {
    title: 'Microbiome Network meets at Medeon in Malmö',
    kind: 'news', published: '2024-10-07 10:00',
    summary: 'Members of the MVA Microbiome Network met in Malmö and online to share new projects, partnering needs and upcoming funding calls.',
    topics: ['microbiome'], networks: ['microbiome'],
    body: body(
      p('The [autumn meeting](ref:event-microbiome-network-meeting-autumn-2024) of the [MVA Microbiome Network](ref:network-microbiome) took place at Medeon in Malmö, with members from both countries in the room and online.'),
      p('The network meets twice a year. Meetings are free for members and open to one first visit for non-members.'),
    ),
  }),
  news('annual-summit-2024-looks-at-the-state-of-the-cluster', {
    title: 'Annual Summit 2024 takes stock of Medicon Valley',
    kind: 'news', published: '2024-11-13 10:00',
    summary: 'The MVA Annual Summit 2024 gathered members and partners at Copenhagen Airport for analysis, panels and networking across the Øresund.',
    topics: ['cross-border-collaboration', 'analysis-and-insights'],
    body: body(
      p('Members, partners and decision-makers from Denmark and Sweden met at the [MVA Annual Summit 2024](ref:event-mva-annual-summit-2024).'),
      p('The programme followed the summit\'s usual shape: the state of the cluster in the morning, panels on cross-border collaboration in the afternoon.'),
    ),
  }),
  news('general-assembly-2025', {
    title: 'Members approve the accounts at the 2025 general assembly',
    kind: 'announcement', published: '2025-04-11 10:00',
    summary: 'MVA\'s Ordinary General Assembly, held in Malmö and online, approved the 2024 accounts and the plan for the year ahead.',
    topics: ['policy-and-advocacy'],
    body: body(p('The [Ordinary General Assembly 2025](ref:event-ordinary-general-assembly-2025) approved the accounts for 2024 and the plan of activities for the year ahead. Members took part in Malmö and online.')),
  }),
  news('annual-summit-2025-on-life-science-talent', {
    title: 'Annual Summit 2025: how the region attracts and keeps talent',
    kind: 'news', published: '2025-11-12 10:00',
    summary: 'Companies, universities and hospitals discussed at the MVA Annual Summit 2025 how Medicon Valley attracts and keeps life science talent.',
    topics: ['life-science-talent', 'cross-border-collaboration'],
    body: body(
      p('Talent was the theme of the [MVA Annual Summit 2025](ref:event-mva-annual-summit-2025). Speakers from companies, universities and hospitals discussed recruitment across the border, housing and the needs of international families.'),
      p('Earlier work in the region showed what a campaign can do: the Microbiome Signature Project helped bring 102 international hires to the region.'),
    ),
  }),
  news('new-years-reception-2026-in-lund', {
    title: 'A full house for the New Year\'s Reception in Lund',
    kind: 'news', published: '2026-01-26 10:00',
    summary: 'MVA began 2026 with members and partners at Medicon Village in Lund, the first New Year\'s Reception on the Swedish side in years.',
    topics: ['cross-border-collaboration'],
    body: body(p('Members and partners met at Medicon Village for the [New Year\'s Reception 2026](ref:event-new-years-reception-2026). Receptions alternate between the Danish and Swedish sides of the Øresund.')),
  }),
  news('general-assembly-2026', {
    title: 'General assembly 2026: accounts approved and board elected',
    kind: 'announcement', published: '2026-04-17 10:00',
    summary: 'MVA\'s members approved the 2025 accounts and elected the board at the Ordinary General Assembly in Copenhagen and online.',
    topics: ['policy-and-advocacy'],
    body: body(p('The [Ordinary General Assembly 2026](ref:event-ordinary-general-assembly-2026) approved the accounts for 2025 and elected the board for the coming year.')),
  }),
  news('halric-comes-to-a-close', {
    title: 'HALRIC comes to a close after three years',
    kind: 'news', published: '2026-07-31 10:00',
    summary: 'The Hanseatic Life Science Research Infrastructure Consortium ends this summer. It opened large-scale facilities to companies and clinics.',
    topics: ['research-infrastructure', 'eu-funding'], projects: ['halric'],
    body: body(
      p('[HALRIC](ref:project-halric) ran from April 2023 to July 2026 with EUR 11 million and 21 partners in Sweden, Denmark, Germany and Norway.'),
      p('Its pilot projects gave companies and clinics access to MAX IV, ESS, DESY and European XFEL. Applications closed on 30 September 2025.'),
    ),
  }),
  news('microbiome-network-autumn-2026', {
    title: 'Microbiome Network gathers in Copenhagen',
    kind: 'news', published: '2026-09-28 10:00',
    summary: 'The MVA Microbiome Network met at COBIS in Copenhagen and online to share projects and plan its work for 2027.',
    topics: ['microbiome'], networks: ['microbiome'],
    body: body(p('The [autumn meeting](ref:event-microbiome-network-meeting-autumn-2026) of the [MVA Microbiome Network](ref:network-microbiome) took place at COBIS, with members online as well.')),
  }),
  news('a-new-website-for-medicon-valley-alliance', {
    title: 'A new website for Medicon Valley Alliance',
    kind: 'announcement', published: '2026-11-16 10:00',
    summary: 'Our new website is faster, more accessible and free of tracking, with a press room, feeds and a directory of the Medicon Valley ecosystem.',
    topics: ['cross-border-collaboration'], art: { motif: 'network', decorative: true },
    body: body(
      p('We have rebuilt mva.org from the ground up. The new site is static, uses **no cookies and no tracking**, and aims to meet WCAG 2.2 AA.'),
      h2('What is new'),
      ul(
        'A press room with press releases, media contacts and our boilerplate.',
        'Feeds for news and events, including a calendar subscription at `/events.ics`.',
        'A directory of organisations in the ecosystem, starting with the 80+ microbiome actors mapped by the Microbiome Signature Project.',
        'Dated, sourced key figures and a "How to cite" block on every report.',
      ),
      p('Found something that does not work? Write to [web@example.org](mailto:web@example.org) or read our [accessibility statement](ref:page-accessibility-statement).'),
    ),
  }),
  news('state-of-medicon-valley-2027-key-findings', {
    title: 'State of Medicon Valley 2027: key findings',
    kind: 'pressRelease', published: '2027-03-01T08:00:00Z',
    embargoUntil: '2027-03-01T08:00:00Z',
    summary: 'Embargoed until 1 March 2027, 09:00 CET. The 2027 edition of State of Medicon Valley tracks jobs, companies, investment and cross-border ties.',
    topics: ['analysis-and-insights'], contacts: ['david-munis-zepernick', 'anette-steenberg'],
    body: body(
      callout('warning', 'EMBARGO: not for publication before Monday 1 March 2027 at 09:00 CET (08:00 UTC).'),
      p('Medicon Valley Alliance today publishes the 2027 edition of **State of Medicon Valley**, the yearly analysis of the Danish-Swedish life science cluster that began in 2016.'),
      p('The analysis is presented at an [online launch](ref:event-state-of-medicon-valley-2027-launch) at 09:00 CET.'),
    ),
  }),
];
