// Site settings singleton: identity, press boilerplate, contact details, navigation and key figures.
import { ref, kpi } from '../lib/doc.mjs';
import { ogCard } from '../lib/art.mjs';

const nav = (label, target) => ({
  _type: 'navItem',
  label,
  ...(target.startsWith('/') ? { href: target } : { reference: ref(target) }),
});
const social = (label, url) => ({ _type: 'socialLink', label, url });

export const settings = {
  _id: 'siteSettings',
  _type: 'siteSettings',
  title: 'Medicon Valley Alliance',
  description: 'Medicon Valley Alliance is the membership organisation of the Danish-Swedish life science cluster Medicon Valley, connecting industry, academia, health care and the public sector across the Øresund.',
  tagline: 'Connecting life science across the Øresund since 1997',
  boilerplate: 'Medicon Valley Alliance (MVA) is a non-profit membership organisation for Medicon Valley, the life science cluster of eastern Denmark and southern Sweden. Founded on 1 April 1997 as the EU Interreg project Medicon Valley Academy, MVA became a full membership organisation in 2000 and took its present name in 2007. Its more than 300 members, split about equally between Denmark and Sweden, come from industry, universities, hospitals and the public sector. MVA works through networking and events, collaborations and projects, fact-based insights and reports, and by communicating the value of the region. Its mission is to represent, strengthen and position Medicon Valley as the most competitive and vibrant life science cluster in the EU.',
  pressEmail: 'press@example.org',
  contactEmail: 'info@example.org',
  phone: '+45 00 00 00 00',
  address: 'Copenhagen, Denmark',
  newsletterUrl: 'https://newsletter.example.org/mva-update',
  socialLinks: [
    social('LinkedIn', 'https://www.linkedin.com/company/medicon-valley-alliance/'),
    social('X', 'https://x.com/mediconvalley'),
    social('YouTube', 'https://www.youtube.com/@mediconvalleyalliance'),
  ],
  navigation: [
    nav('News', '/news/'),
    nav('Stories', '/stories/'),
    nav('Projects', '/projects/'),
    nav('Networks', '/networks/'),
    nav('Events', '/events/'),
    nav('Reports', '/reports/'),
    nav('Directory', '/directory/'),
    nav('About', '/about/'),
    nav('Membership', 'page-membership'),
  ],
  keyFigures: [
    kpi('Life science employees in Medicon Valley', 65500, { unit: 'people', year: 2022, source: 'Øresundsinstituttet / Greater Copenhagen Life Science Analysis Initiative' }),
    kpi('MVA members', 300, { qualifier: 'moreThan', unit: 'members', year: 2022, source: 'MVA, "MVA receives three new EU project grants", December 2022' }),
    kpi('Universities in the region', 9, { unit: 'universities', year: 2022, source: 'MVA Annual Summit 2022 programme' }),
    kpi('Cross-Øresund life science commuters', 900, { qualifier: 'moreThan', unit: 'people', year: 2021, source: 'Life Science Across the Øresund (GCLSAI), 2021' }),
    kpi('EU co-funded projects with MVA over a decade', 46, { unit: 'EUR million', year: 2023, source: 'MVA, Folkemødet 2023 event page' }),
    kpi('Founded', 1997, { year: 1997, source: 'MVA history' }),
  ],
  defaultOgImage: ogCard(),
};
