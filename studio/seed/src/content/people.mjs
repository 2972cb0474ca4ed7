// People: MVA staff, board, project and network leads, and quoted partners.
// Real public names and roles; e-mail addresses and phone numbers are placeholders only.
import { slug, ref, kebab } from '../lib/doc.mjs';
import { avatar } from '../lib/art.mjs';

let phoneSeq = 0;
/** Clearly fake numbers: +45 00 00 00 nn / +46 00 000 00 nn. */
const fakePhone = (country) => {
  phoneSeq += 1;
  const n = String(phoneSeq).padStart(2, '0');
  return country === 'SE' ? `+46 00 000 00 ${n}` : `+45 00 00 00 ${n}`;
};

function person(name, { role, org, bio, contact, press = false, languages, photo = true } = {}) {
  const key = kebab(name);
  const _id = `person-${key}`;
  return {
    _id,
    _type: 'person',
    name,
    slug: slug(key),
    ...(role && { role }),
    ...(org && { organisation: ref(`org-${org}`) }),
    ...(contact && { email: `${key.replace(/-/g, '.')}@example.org`, phone: fakePhone(contact) }),
    ...(photo && { photo: avatar(_id, name) }),
    ...(bio && { bio }),
    ...(press && { isPressContact: true }),
    ...(languages && { languages }),
  };
}

export const people = [
  person('Anette Steenberg', {
    role: 'CEO', org: 'medicon-valley-alliance', contact: 'DK', press: true, languages: ['en', 'da'],
    bio: 'Anette Steenberg has led Medicon Valley Alliance since 2021. She came from Copenhagen Capacity and presented her first State of Medicon Valley analysis in November 2021.',
  }),
  person('David Munis Zepernick', {
    role: 'Director of Member Engagement & Communication', org: 'medicon-valley-alliance', contact: 'DK', press: true, languages: ['en', 'da'],
    bio: 'David Munis Zepernick is the first point of contact for journalists. He has been MVA\'s Head of Press and head of communication and public affairs, and now leads member engagement and communication.',
  }),
  person('Mette Bach Dyremose', {
    role: 'Head of Communication, ReproUnion and DiaUnion', org: 'medicon-valley-alliance', contact: 'DK', press: true, languages: ['en', 'da'],
    bio: 'Mette Bach Dyremose handles communication and press enquiries for the ReproUnion and DiaUnion projects.',
  }),
  person('Sarah Lidé', {
    role: 'Senior Strategy & Project Manager', org: 'medicon-valley-alliance', contact: 'DK', press: true, languages: ['en', 'sv'],
    bio: 'Sarah Lidé managed the Microbiome Signature Project for MVA, from the mapping of the regional ecosystem to the closing event in 2022, and is the contact for MVA\'s microbiome work.',
  }),
  person('Finn Kristensen', {
    role: 'Program Director, DiaUnion', org: 'medicon-valley-alliance', contact: 'DK', languages: ['en', 'da'],
    bio: 'Finn Kristensen directs DiaUnion, the Danish-Swedish collaboration on early detection of type 1 diabetes.',
  }),
  person('Stephan Bouman', {
    role: 'Senior Programme Manager', org: 'medicon-valley-alliance', contact: 'DK', languages: ['en'],
    bio: 'Stephan Bouman is MVA\'s contact for HALOS and its work on large-scale research infrastructure.',
  }),
  person('Kristine Koppelhus', {
    role: 'Project Manager, ReproUnion', org: 'medicon-valley-alliance', contact: 'DK', languages: ['en', 'da'],
    bio: 'Kristine Koppelhus manages ReproUnion, the Danish-Swedish collaboration on reproductive medicine.',
  }),
  person('Niels Abel Bonde', {
    role: 'Chairman of the Board, Medicon Valley Alliance', org: 'novo-nordisk',
    bio: 'Niels Abel Bonde of Novo Nordisk was elected chairman of MVA on 19 April 2023, succeeding Søren Bregenholt.',
  }),
  person('Søren Bregenholt', {
    role: 'CEO, Alligator Bioscience; MVA chairman 2015–2023', org: 'alligator-bioscience',
    bio: 'Søren Bregenholt chaired the MVA board from 2015 until April 2023.',
  }),
  person('Ulf G. Andersson', {
    role: 'CEO, Medeon Science Park & Incubator; MVA vice chairman (2021)', org: 'medeon',
    bio: 'Ulf G. Andersson was re-elected vice chairman of MVA in April 2021.',
  }),
  person('Julia Davies', {
    role: 'Board member, Medicon Valley Alliance', org: 'malmo-university',
    bio: 'Julia Davies of Malmö University joined the MVA board in 2024 and takes part in the MVA Microbiome Network.',
  }),
  person('Carl Borrebaeck', {
    role: 'Professor, CREATE Health', org: 'lund-university',
    bio: 'Carl Borrebaeck co-founded the MVA Oncology Network after calling for it at the 2015 MVA Annual Meeting.',
  }),
  person('Nils Brünner', {
    role: 'Professor', org: 'university-of-copenhagen',
    bio: 'Nils Brünner co-founded the MVA Oncology Network with Carl Borrebaeck.',
  }),
  person('Morten Sommer', {
    role: 'Professor, Technical University of Denmark', org: 'dtu',
    bio: 'Morten Sommer chaired the first MVA Microbiome Summit in Copenhagen on 5 October 2017.',
  }),
  person('Kajsa M. Paulsson', {
    role: 'Project Director, HALRIC', org: 'lund-university',
    bio: 'Kajsa M. Paulsson managed HALOS and went on to direct HALRIC at Lund University.',
  }),
  person('Jens Sønksen', {
    role: 'Chairman, ReproUnion',
    bio: 'Jens Sønksen chairs ReproUnion and opened the ReproUnion SUMMIT in September 2022.',
  }),
  person('Petter Hartman', {
    role: 'CEO of MVA 2016–2021', org: 'medicon-village',
    bio: 'Petter Hartman was acting CEO of MVA in 2015 and CEO from 2016 to 2021, before moving on to lead Medicon Village Innovation.',
  }),
  person('Ulrika Ringdahl', {
    role: 'Managing Director', org: 'invest-in-skane', photo: false,
  }),
  person('Camilla Münter', {
    role: 'Investment Promotion Manager', org: 'copenhagen-capacity', photo: false,
  }),
  person('Dan Rosenberg', {
    role: 'Senior Talent Acquisition Manager', org: 'copenhagen-capacity', photo: false,
  }),
  person('Micael Györei', {
    role: 'Senior Investment Advisor', org: 'invest-in-skane', photo: false,
  }),
  person('Oliver Bates', {
    role: 'CEO', org: 'viramal',
    bio: 'Oliver Bates leads Viramal, which opened a branch in Malmö.',
  }),
  person('Ömer Özkan', {
    role: 'Founder and CEO', org: 'enbiosis',
    bio: 'Ömer Özkan founded Enbiosis Biotechnology, which opened an office in Copenhagen.',
  }),
  person('Michel de Baar', {
    role: 'Executive Director', org: 'msd', photo: false,
    bio: 'Michel de Baar sat on the jury of the Microbiome Pitch Day in September 2022.',
  }),
];

/** Person id from a name, checked against the list. */
export const personId = (name) => {
  const id = `person-${kebab(name)}`;
  if (!people.some((p) => p._id === id)) throw new Error(`personId: no person "${name}"`);
  return id;
};
