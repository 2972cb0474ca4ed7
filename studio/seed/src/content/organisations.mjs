// Organisations: members, partners and other actors of the Medicon Valley ecosystem (the directory).
// `country` is where an organisation is in the region; `headquarteredIn` where it comes from.
import { slug, geo, refs } from '../lib/doc.mjs';
import { logo } from '../lib/art.mjs';
import { topicIds } from './topics.mjs';

function org(key, name, type, country, { city, headquarteredIn, website, isMember, description, topics = [], location, withLogo, short } = {}) {
  const _id = `org-${key}`;
  return {
    _id,
    _type: 'organisation',
    name,
    slug: slug(key),
    type,
    country,
    ...(city && { city }),
    ...(headquarteredIn && { headquarteredIn }),
    ...(website && { website }),
    ...(isMember !== undefined && { isMember }),
    ...(description && { description }),
    ...(withLogo && { logo: logo(_id, name, short) }),
    ...(topics.length && { topics: refs(topicIds(...topics)) }),
    ...(location && { location: geo(...location) }),
  };
}

export const organisations = [
  // The cluster organisation itself
  org('medicon-valley-alliance', 'Medicon Valley Alliance', 'clusterOrganisation', 'DK', {
    city: 'Copenhagen', website: 'https://mva.org/', withLogo: true, short: 'MVA',
    description: 'Non-profit membership organisation for the Danish-Swedish life science cluster Medicon Valley. Founded in 1997, it has more than 300 members split evenly between Denmark and Sweden.',
    topics: ['cross-border-collaboration', 'analysis-and-insights', 'eu-funding'],
  }),
  // Investment promotion and regional bodies
  org('copenhagen-capacity', 'Copenhagen Capacity', 'other', 'DK', {
    city: 'Copenhagen', website: 'https://www.copcap.com/', withLogo: true, short: 'CC',
    description: 'Investment promotion agency for Greater Copenhagen. Co-led the Microbiome Signature Project and ran its international talent campaign.',
    topics: ['investment-and-establishment', 'life-science-talent', 'microbiome'],
  }),
  org('invest-in-skane', 'Invest in Skåne', 'other', 'SE', {
    city: 'Malmö', website: 'https://investinskane.com/', withLogo: true, short: 'IiS',
    description: 'Business promotion agency for southern Sweden. Co-led the Microbiome Signature Project, helping international companies set up in Skåne.',
    topics: ['investment-and-establishment', 'microbiome'],
  }),
  org('region-hovedstaden', 'Capital Region of Denmark (Region Hovedstaden)', 'region', 'DK', {
    city: 'Hillerød', website: 'https://www.regionh.dk/', isMember: true, withLogo: true, short: 'RH',
    description: 'Danish region responsible for hospitals in the Copenhagen area. Partner in ReproUnion and DiaUnion, and party to a patient mobility agreement with Region Skåne.',
    topics: ['reproductive-health', 'diabetes', 'cross-border-collaboration'],
  }),
  org('region-skane', 'Region Skåne', 'region', 'SE', {
    city: 'Kristianstad', website: 'https://www.skane.se/', isMember: true, withLogo: true, short: 'RS',
    description: 'Swedish region for Skåne, responsible for health care and regional development. Partner in ReproUnion, DiaUnion and HALOS, and co-funder of GCLSAI.',
    topics: ['reproductive-health', 'diabetes', 'cross-border-collaboration'],
  }),
  org('region-sjaelland', 'Region Zealand (Region Sjælland)', 'region', 'DK', {
    city: 'Sorø', website: 'https://www.regionsjaelland.dk/', withLogo: true, short: 'RZ',
    description: 'Danish region covering Zealand outside the capital area. Partner in ReproUnion and co-funder of the GCLSAI analyses.',
    topics: ['reproductive-health', 'analysis-and-insights'],
  }),
  org('city-of-hamburg', 'Free and Hanseatic City of Hamburg', 'region', 'DE', {
    city: 'Hamburg', website: 'https://www.hamburg.de/',
    description: 'German city-state and partner in HALOS, which linked research facilities in the Øresund region and Hamburg.',
    topics: ['research-infrastructure'],
  }),
  // Universities
  org('lund-university', 'Lund University', 'university', 'SE', {
    city: 'Lund', website: 'https://www.lu.se/', isMember: true, withLogo: true, short: 'LU', location: [55.7114, 13.2034],
    description: 'One of the two universities behind MVA in 1997. Led Reprosund, HALOS (Faculty of Medicine) and HALRIC, and hosts robotic lab automation used in DiaUnion.',
    topics: ['research-infrastructure', 'diabetes', 'reproductive-health', 'oncology'],
  }),
  org('university-of-copenhagen', 'University of Copenhagen', 'university', 'DK', {
    city: 'Copenhagen', website: 'https://www.ku.dk/', isMember: true, withLogo: true, short: 'UCPH', location: [55.6802, 12.5724],
    description: 'Co-founder of MVA in 1997 and partner in ReproUnion. Its researchers work on the microbiome, metabolism and cancer, among many other fields.',
    topics: ['microbiome', 'reproductive-health', 'oncology'],
  }),
  org('malmo-university', 'Malmö University', 'university', 'SE', {
    city: 'Malmö', website: 'https://mau.se/', isMember: true, withLogo: true, short: 'MaU', location: [55.6094, 12.9947],
    description: 'University in central Malmö, represented on the MVA board. Researchers from Malmö University take part in the MVA Microbiome Network.',
    topics: ['microbiome'],
  }),
  org('dtu', 'Technical University of Denmark (DTU)', 'university', 'DK', {
    city: 'Kongens Lyngby', website: 'https://www.dtu.dk/', withLogo: true, short: 'DTU', location: [55.7857, 12.5215],
    description: 'Technical university north of Copenhagen, active in microbiome research. A DTU professor chaired the first MVA Microbiome Summit in 2017.',
    topics: ['microbiome'],
  }),
  org('university-of-hamburg', 'University of Hamburg', 'university', 'DE', {
    city: 'Hamburg', website: 'https://www.uni-hamburg.de/',
    description: 'German university and partner in HALOS, connecting its researchers with facilities in Lund and Hamburg.',
    topics: ['research-infrastructure'],
  }),
  // Hospitals
  org('rigshospitalet', 'Rigshospitalet', 'hospital', 'DK', {
    city: 'Copenhagen', website: 'https://www.rigshospitalet.dk/', location: [55.6959, 12.5665],
    description: 'University hospital in Copenhagen and one of the ReproUnion hospital departments. By April 2020 about 30 Swedish men had been treated here under the cross-border agreement.',
    topics: ['reproductive-health'],
  }),
  org('herlev-gentofte-hospital', 'Herlev and Gentofte Hospital', 'hospital', 'DK', {
    city: 'Herlev', website: 'https://www.herlevhospital.dk/', location: [55.7311, 12.4430],
    description: 'Hospital in the Capital Region with departments taking part in ReproUnion since 2015.',
    topics: ['reproductive-health'],
  }),
  org('hvidovre-hospital', 'Hvidovre Hospital', 'hospital', 'DK', {
    city: 'Hvidovre', website: 'https://www.hvidovrehospital.dk/',
    description: 'Hospital in the Capital Region with departments taking part in ReproUnion.',
    topics: ['reproductive-health'],
  }),
  org('bispebjerg-hospital', 'Bispebjerg Hospital', 'hospital', 'DK', {
    city: 'Copenhagen',
    description: 'Hospital in the Capital Region with departments taking part in ReproUnion.',
    topics: ['reproductive-health'],
  }),
  org('holbaek-hospital', 'Holbæk Hospital', 'hospital', 'DK', {
    city: 'Holbæk',
    description: 'Hospital in Region Zealand with departments taking part in ReproUnion.',
    topics: ['reproductive-health'],
  }),
  org('skane-university-hospital', 'Skåne University Hospital', 'hospital', 'SE', {
    city: 'Malmö', location: [55.5895, 13.0003],
    description: 'University hospital in Malmö and Lund. Its Malmö departments are part of ReproUnion.',
    topics: ['reproductive-health'],
  }),
  org('steno-diabetes-center-copenhagen', 'Steno Diabetes Center Copenhagen', 'hospital', 'DK', {
    city: 'Herlev', website: 'https://www.sdcc.dk/', location: [55.7318, 12.4409],
    description: 'Diabetes centre in the Capital Region and DiaUnion partner. Its genotyping capacity is shared with Swedish colleagues in the project.',
    topics: ['diabetes'],
  }),
  // Science parks
  org('medicon-village', 'Medicon Village', 'sciencePark', 'SE', {
    city: 'Lund', website: 'https://www.mediconvillage.se/', isMember: true, withLogo: true, short: 'MV', location: [55.7148, 13.2101],
    description: 'Science park in Lund for life science companies and research groups.',
    topics: ['oncology', 'research-infrastructure'],
  }),
  org('medeon', 'Medeon Science Park & Incubator', 'sciencePark', 'SE', {
    city: 'Malmö', website: 'https://www.medeon.se/', isMember: true, withLogo: true, short: 'MSP', location: [55.5877, 13.0289],
    description: 'Science park and incubator in Malmö. Co-hosted an MVA Oncology Network meeting on clinical trials in May 2017.',
    topics: ['oncology'],
  }),
  org('cobis', 'COBIS – Copenhagen Bio Science Park', 'sciencePark', 'DK', {
    city: 'Copenhagen', website: 'https://www.cobis.dk/', isMember: true, withLogo: true, short: 'COBIS', location: [55.6973, 12.5613],
    description: 'Science park in Copenhagen for life science start-ups. Co-hosted an MVA Oncology Network meeting on clinical trials in May 2017.',
    topics: ['oncology'],
  }),
  // Research infrastructure
  org('max-iv', 'MAX IV Laboratory', 'researchInfrastructure', 'SE', {
    city: 'Lund', website: 'https://www.maxiv.lu.se/', location: [55.7274, 13.2352],
    description: 'Synchrotron radiation facility in Lund, one of the four large-scale facilities connected through HALOS and HALRIC.',
    topics: ['research-infrastructure'],
  }),
  org('ess', 'European Spallation Source (ESS)', 'researchInfrastructure', 'SE', {
    city: 'Lund', website: 'https://ess.eu/', location: [55.7351, 13.2520],
    description: 'Neutron research facility in Lund, one of the four large-scale facilities connected through HALOS and HALRIC.',
    topics: ['research-infrastructure'],
  }),
  org('desy', 'DESY', 'researchInfrastructure', 'DE', {
    city: 'Hamburg', website: 'https://www.desy.de/', location: [53.5763, 9.8797],
    description: 'German research centre for accelerators and photon science in Hamburg, connected through HALOS and HALRIC.',
    topics: ['research-infrastructure'],
  }),
  org('european-xfel', 'European XFEL', 'researchInfrastructure', 'DE', {
    city: 'Schenefeld', website: 'https://www.xfel.eu/', location: [53.5893, 9.8305],
    description: 'X-ray free-electron laser facility near Hamburg, connected through HALOS and HALRIC.',
    topics: ['research-infrastructure'],
  }),
  // Companies
  org('novo-nordisk', 'Novo Nordisk', 'company', 'DK', {
    city: 'Bagsværd', website: 'https://www.novonordisk.com/', isMember: true, withLogo: true, short: 'NN', location: [55.7582, 12.4553],
    description: 'Pharmaceutical company that backed the founding of MVA in 1997. The MVA chair elected in 2023 comes from Novo Nordisk.',
    topics: ['diabetes', 'microbiome'],
  }),
  org('lundbeck', 'H. Lundbeck', 'company', 'DK', {
    city: 'Valby', website: 'https://www.lundbeck.com/', isMember: true, withLogo: true, short: 'HL', location: [55.6636, 12.4969],
    description: 'Pharmaceutical company focused on brain diseases, among the backers of MVA in 1997 and host of the 2011 MVA Annual Meeting in Valby.',
    topics: ['microbiome'],
  }),
  org('astrazeneca', 'AstraZeneca', 'company', 'GB', {
    city: 'Cambridge', website: 'https://www.astrazeneca.com/',
    description: 'Pharmaceutical company that, with Novo Nordisk and Lundbeck, backed the founding of MVA in 1997.',
  }),
  org('ferring', 'Ferring Pharmaceuticals', 'company', 'DK', {
    city: 'Copenhagen', website: 'https://www.ferring.com/', isMember: true, withLogo: true, short: 'FP', location: [55.6323, 12.5797],
    description: 'Pharmaceutical company in reproductive medicine and maternal health. Industry partner in ReproUnion and represented on the MVA board.',
    topics: ['reproductive-health', 'microbiome'],
  }),
  org('abbvie', 'AbbVie', 'company', 'DK', {
    headquarteredIn: 'US', website: 'https://www.abbvie.com/', isMember: true,
    description: 'Biopharmaceutical company represented on the MVA board in 2021 and again from 2024.',
    topics: ['oncology'],
  }),
  org('alligator-bioscience', 'Alligator Bioscience', 'company', 'SE', {
    city: 'Lund', website: 'https://alligatorbioscience.com/', isMember: true,
    description: 'Lund-based biotech company developing antibody drugs for cancer. Its CEO chaired MVA from 2015 to 2023.',
    topics: ['oncology'],
  }),
  org('viramal', 'Viramal', 'company', 'SE', {
    city: 'Malmö', headquarteredIn: 'GB', withLogo: true, short: 'VL',
    description: 'British pharmaceutical company in women\'s health and reproductive endocrinology that opened a branch in Malmö with help from the Microbiome Signature Project.',
    topics: ['microbiome', 'investment-and-establishment', 'reproductive-health'],
  }),
  org('happybios', 'Happybios', 'company', 'DK', {
    city: 'Copenhagen', headquarteredIn: 'TR', withLogo: true, short: 'HB',
    description: 'Turkish maker of probiotic dietary supplements for gut health that moved to Copenhagen through the Microbiome Signature Project.',
    topics: ['microbiome', 'investment-and-establishment'],
  }),
  org('enbiosis', 'Enbiosis Biotechnology', 'company', 'DK', {
    city: 'Copenhagen', headquarteredIn: 'TR', withLogo: true, short: 'EB',
    description: 'Turkish company that analyses gut microbiomes for personalised health and opened a Copenhagen office through the Microbiome Signature Project.',
    topics: ['microbiome', 'investment-and-establishment'],
  }),
  org('msd', 'MSD', 'company', 'US', {
    website: 'https://www.msd.com/',
    description: 'Global pharmaceutical company. One of its executive directors sat on the jury of the 2022 Microbiome Pitch Day.',
    topics: ['microbiome'],
  }),
  org('kpmg', 'KPMG', 'company', 'DK', {
    city: 'Copenhagen', website: 'https://kpmg.com/dk/',
    description: 'Advisory firm that studied the case for a Medicon Valley microbiome hub for the Microbiome Signature Project.',
    topics: ['microbiome', 'analysis-and-insights'],
  }),
  // Foundations, analysis and peers
  org('novo-nordisk-foundation', 'Novo Nordisk Foundation', 'foundation', 'DK', {
    city: 'Hellerup', website: 'https://novonordiskfonden.dk/',
    description: 'Danish enterprise foundation supporting research, among the funders of DiaUnion.',
    topics: ['diabetes'],
  }),
  org('oresundsinstituttet', 'Øresundsinstituttet', 'other', 'DK', {
    city: 'Copenhagen', website: 'https://www.oresundsinstituttet.org/', withLogo: true, short: 'ØI',
    description: 'Independent Danish-Swedish knowledge centre on the Øresund region. Prepares analyses with MVA, including State of Medicon Valley and the GCLSAI reports.',
    topics: ['analysis-and-insights', 'cross-border-collaboration'],
  }),
  org('swedenbio', 'SwedenBIO', 'other', 'SE', {
    city: 'Stockholm', website: 'https://swedenbio.se/',
    description: 'Swedish life science industry association and organiser of Nordic Life Science Days.',
    topics: ['policy-and-advocacy'],
  }),
  org('life-science-nord', 'Life Science Nord', 'clusterOrganisation', 'DE', {
    city: 'Hamburg', website: 'https://www.lifesciencenord.de/',
    description: 'Life science cluster organisation for Hamburg and Schleswig-Holstein, a neighbouring cluster to the south.',
    topics: ['cross-border-collaboration'],
  }),
];
