// Networks: MVA's member networks for oncology and the microbiome.
import { slug, ref, refs } from '../lib/doc.mjs';
import { hero } from '../lib/art.mjs';
import { body, p, h2, ul, callout } from '../lib/pt.mjs';
import { artFor, topicIds } from './topics.mjs';

const JOIN = 'https://mva.org/membership/';

export const networks = [
  {
    _id: 'network-oncology',
    _type: 'network',
    title: 'MVA Oncology Network',
    slug: slug('oncology'),
    summary: 'A forum for cancer researchers, clinicians and companies in Medicon Valley, meeting three to four times a year, alternately in Denmark and Sweden.',
    founded: '2016-09-01',
    founders: refs('person-carl-borrebaeck', 'person-nils-brunner'),
    meetingCadence: 'Three to four meetings a year, alternating between Denmark and Sweden',
    eligibility: 'Free for MVA member companies and organisations. Non-members may attend one meeting to see whether the network is relevant to them.',
    joinUrl: JOIN,
    contact: ref('person-david-munis-zepernick'),
    topics: refs(topicIds('oncology', 'cross-border-collaboration')),
    heroImage: hero('network-oncology', artFor('oncology')),
    body: body(
      p('Cancer research is one of Medicon Valley\'s strongholds: more than 25 organisations in the region focus on cancer, with over 75 compounds in their pipelines. Many of the companies are small, and MVA members working in oncology asked for a forum of their own.'),
      h2('How it started'),
      p('At the MVA Annual Meeting in 2015, Prof. Carl Borrebaeck of Lund University and Prof. Nils Brünner of the University of Copenhagen called for an oncology network. The first meeting took place in **September 2016** with more than 40 organisations; 65 people attended and 90 registered for the second meeting in January 2017.'),
      h2('What the network does'),
      ul(
        'Shares best practice on public-private collaboration.',
        'Discusses the path from preclinical findings to clinical trials and to market.',
        'Bridges industry and academia: members are about 60% companies and 40% academia.',
      ),
      p('Meetings are usually hosted by members. In May 2017, for example, Medeon and COBIS hosted a meeting on clinical trials.'),
      callout('info', 'Members of Medicon Valley Alliance can join the network automatically.'),
    ),
  },
  {
    _id: 'network-microbiome',
    _type: 'network',
    title: 'MVA Microbiome Network',
    slug: slug('microbiome'),
    summary: 'A network for microbiome research and business in Medicon Valley that grew out of the 2017 MVA Microbiome Summit and meets twice a year.',
    founded: '2017-10-05',
    meetingCadence: 'Two meetings a year',
    eligibility: 'Open to all MVA member companies and organisations.',
    joinUrl: JOIN,
    contact: ref('person-sarah-lide'),
    topics: refs(topicIds('microbiome', 'cross-border-collaboration')),
    heroImage: hero('network-microbiome', artFor('microbiome')),
    body: body(
      p('The network traces back to the first [MVA Microbiome Summit](ref:event-mva-microbiome-summit-2017) in Copenhagen on 5 October 2017, chaired by Prof. Morten Sommer of DTU. Speakers included Fredrik Bäckhed and John Cryan, and Novo Nordisk, Ferring, Lundbeck and Taconic took part from industry.'),
      h2('Meetings'),
      p('The network met for the first time in 2018 and now meets **twice a year**. It also runs microbiome pitch sessions as a side event to Nordic Life Science Days.'),
      h2('Link to the Microbiome Signature Project'),
      p('The [Microbiome Signature Project](ref:project-microbiome-signature) mapped more than 80 companies, organisations and institutions working with the microbiome in the region. The network keeps those contacts alive after the project ended in 2022.'),
    ),
  },
];
