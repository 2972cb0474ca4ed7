// Every text of the site's interface (navigation, labels, headings, buttons, notices) in each of
// its languages: one typed dictionary, so a text missing in one language is a type error. Dates,
// numbers and amounts are not here: src/lib/format.ts writes them with Intl in the page's locale.
// Imports only src/model, so the search page's client script can bundle it too.
//
// English is the original and reads exactly as the site did before it had other languages; the
// labels of stored values (news kinds, statuses, organisation types, ...) come in English from
// their lists in src/model, where the Studio reads them too.
import { ATTENDANCE_MODES, EVENT_STATUSES, type EventStatus } from '../model/events';
import { KPI_QUALIFIERS, type KpiQualifier } from '../model/kpis';
import { DEFAULT_LANGUAGE, type SiteLanguage } from '../model/languages';
import { NEWS_KINDS, type NewsKind } from '../model/news-kinds';
import { ORGANISATION_TYPES } from '../model/organisations';
import { MVA_ROLES, PROJECT_STATUSES } from '../model/projects';
import { languageOfPath } from '../model/routes';

type AttendanceMode = (typeof ATTENDANCE_MODES)[number]['value'];
type OrganisationType = (typeof ORGANISATION_TYPES)[number]['value'];
type ProjectStatus = (typeof PROJECT_STATUSES)[number]['value'];
type MvaRole = (typeof MVA_ROLES)[number]['value'];

/** The sections every language has, by the name the header, crumbs and switcher give them. */
export type SectionName = 'home' | 'news' | 'stories' | 'projects' | 'networks' | 'events' | 'reports' | 'directory' | 'topics' | 'press' | 'search' | 'people' | 'organisations';

/** The content types the search filters by (src/lib/search.ts SEARCH_TYPES), as readers see them. */
export type SearchTypeName = 'News' | 'Story' | 'Project' | 'Network' | 'Event' | 'Report' | 'Person' | 'Organisation' | 'Topic' | 'Page';

/** The directory filter island's texts (src/components/islands/DirectoryFilter.tsx). */
export interface DirectoryFilterText {
  label: string;
  searchByName: string;
  type: string;
  country: string;
  topic: string;
  allTypes: string;
  allCountries: string;
  allTopics: string;
  membersOnly: string;
  showResults: string;
  clear: string;
  noMatch: string;
  /** "Showing {shown} of {total}." where {total} is `one` or `many` filled in */
  showing: string;
  /** "{total} in the directory." */
  inDirectory: string;
  one: string;
  many: string;
}

/** What the search page's script says of a search (src/components/SearchPage.astro). */
export interface SearchStatusText {
  one: string;
  many: string;
  /** " for “{q}”" */
  forQuery: string;
  /** " with {filters}" */
  withFilters: string;
  /** "{count}{for}." */
  found: string;
  /** "No results{for}{with}." */
  none: string;
  /** The filters as the status names them: "type Story and year 2019" */
  filterNames: { type: string; topic: string; year: string };
  and: string;
  types: Record<SearchTypeName, string>;
}

export { fillText } from './fill-text';

/** Texts of one list page: its <title>, meta description and lead. */
interface ListPageText {
  title: string;
  description: string;
  lead: string;
}

export interface UiText {
  skipLink: string;
  sections: Record<SectionName, string>;
  header: {
    /** Name of the search landmark ("Site search") */
    searchLandmark: string;
    searchLabel: string;
    searchPlaceholder: string;
    searchButton: string;
    menu: string;
    mainNav: string;
  };
  switcher: {
    /** Name of the language switcher's navigation */
    label: string;
    /** The switcher's link to a language without this page: what it says, in that language */
    notTranslated: (section: string) => string;
    /** The short visible note beside such a link: "› Nyheder" */
    goesTo: (section: string) => string;
  };
  breadcrumbs: { label: string };
  footer: {
    contact: string;
    press: string;
    pressRoom: string;
    pressReleases: string;
    newsletter: string;
    follow: string;
    about: string;
  };
  feeds: { news: (site: string) => string; rssFeed: string; rssFeedOf: (title: string) => string; newsAbout: (topic: string) => string };
  pagination: { label: string; previous: string; next: string; page: string; hiddenPage: string; pageOf: (current: number, last: number) => string };
  share: { heading: string; sharePage: string; pageLink: string; email: string };
  common: {
    all: string;
    topics: string;
    onThisPage: string;
    website: string;
    websiteOf: (name: string) => string;
    contact: string;
    email: string;
    phone: string;
    languages: string;
    speaks: (languages: string) => string;
    pressContact: string;
    yes: string;
    no: string;
    source: string;
    sources: string;
    target: string;
    from: (date: string) => string;
    until: (date: string) => string;
    /** "A, B and C" joins come from Intl.ListFormat; this is the word before a date range's end */
    and: string;
  };
  news: {
    kinds: Record<NewsKind, string>;
    kindsPlural: Record<NewsKind, string>;
    kindHeadings: Record<NewsKind, string>;
    page: ListPageText;
    filterByKind: string;
    filterByTopic: string;
    empty: string;
    about: (topic: string) => string;
    listDescription: (heading: string) => string;
    mediaContacts: string;
    aboutSite: (site: string) => string;
    aboutArticle: string;
    publishedBy: (outlet: string) => string;
    readOriginal: (outlet: string) => string;
  };
  events: {
    page: ListPageText;
    event: string;
    pastEvent: string;
    upcomingEvent: string;
    upcoming: string;
    past: string;
    noneUpcoming: string;
    nonePast: string;
    subscribe: string;
    iCalendar: string;
    statuses: Record<EventStatus, string>;
    attendance: Record<AttendanceMode, string>;
    notices: Record<Exclude<EventStatus, 'scheduled'>, { title: string; text: string }>;
    online: string;
    free: string;
    practical: string;
    when: string;
    attendanceLabel: string;
    venue: string;
    onlineLabel: string;
    onlineLink: string;
    joinOnline: string;
    price: string;
    organiser: string;
    organisers: string;
    register: string;
    registerFor: (title: string) => string;
    registerBy: string;
    registrationClosed: string;
    updateCalendar: string;
    calendarEntry: string;
    addToCalendar: string;
    tookPlace: string;
    agenda: string;
    speaker: string;
    speakers: string;
    aboutEvent: string;
    eventContact: string;
    network: string;
    project: string;
    aboutTheEvent: string;
  };
  projects: {
    page: ListPageText;
    statuses: Record<ProjectStatus, string>;
    statusHeadings: Record<ProjectStatus, string>;
    roles: Record<MvaRole, string>;
    roleTexts: Record<MvaRole, string>;
    roleShort: Record<MvaRole, string>;
    project: string;
    kicker: (status: string) => string;
    targetAndResult: (title: string) => string;
    results: string;
    inFigures: string;
    contact: string;
    contacts: string;
    precededBy: string;
    followedBy: string;
    aboutProject: string;
    keyFacts: string;
    status: string;
    period: string;
    acronym: string;
    mvaRole: string;
    fundingProgramme: string;
    budget: string;
    euGrant: string;
    projectWebsite: string;
    approximate: (rates: string) => string;
    about: string;
    euCoFunded: string;
    euAcknowledgement: (programme: string) => string;
    fundedThrough: (programme: string) => string;
    partners: string;
    leadPartner: string;
    partnersLabel: string;
    partner: string;
    indicator: string;
    result: string;
    outcome: string;
    met: string;
    notMet: string;
  };
  networks: {
    page: ListPageText;
    network: string;
    aboutNetwork: string;
    aboutThis: string;
    contact: string;
    founded: string;
    founder: string;
    founders: string;
    meetings: string;
    whoMayJoin: string;
    join: string;
    upcoming: string;
    noneUpcoming: string;
    past: string;
  };
  stories: {
    page: ListPageText;
    story: string;
    empty: string;
    resultsInFigures: string;
    related: string;
    organisations: string;
    readStory: string;
  };
  reports: {
    page: ListPageText;
    report: string;
    reportSeries: (series: string) => string;
    edition: (edition: number | string) => string;
    empty: string;
    published: string;
    noFile: string;
    keyFindings: string;
    aboutReport: string;
    series: string;
    editionLabel: string;
    author: string;
    authors: string;
    preparedBy: string;
    project: string;
    download: (details: string) => string;
    howToCite: string;
    readReport: string;
  };
  press: {
    title: string;
    description: (site: string) => string;
    lead: string;
    writeTo: string;
    mediaContacts: string;
    releases: string;
    releasesFeed: string;
    about: (site: string) => string;
    facts: string;
    kit: string;
    logos: string;
    logoFor: (variant: 'light' | 'dark') => string;
    images: string;
    imagesTerms: string;
    licence: string;
    fromTitle: (title: string) => string;
    downloadOriginal: string;
    originalOf: (alt: string) => string;
  };
  directory: {
    page: ListPageText;
    types: Record<OrganisationType, string>;
    typesPlural: Record<OrganisationType, string>;
    browse: string;
    byType: string;
    byCountry: string;
    member: string;
    topicsOf: (name: string) => string;
    typeTitle: (type: string) => string;
    countryTitle: (country: string) => string;
    facetLead: (count: number) => string;
    typeDescription: (count: number, type: string) => string;
    countryDescription: (count: number, country: string) => string;
    headquarteredIn: (country: string) => string;
    /** The filter island's texts: plain strings (an island's props are JSON), `{n}` and the like filled in by fillText */
    filter: DirectoryFilterText;
  };
  organisations: {
    aboutOrganisation: string;
    type: string;
    country: string;
    headquarters: string;
    city: string;
    mvaMember: string;
    memberBadge: (since: number | undefined) => string;
    since: (year: number) => string;
    projects: string;
    networks: string;
    people: string;
    inTheNews: string;
    stories: string;
    nothingYet: (name: string) => string;
    seeInDirectory: string;
    description: (name: string, type: string) => string;
    leadPartner: string;
    partner: string;
  };
  people: {
    description: (name: string, role: string) => string;
    descriptionNoRole: (name: string) => string;
    contactForProjects: string;
    networks: string;
    founderAndContact: string;
    founder: string;
    contact: string;
    speakingAt: string;
    spokeAt: string;
    mediaContactFor: string;
    quotedIn: string;
  };
  topics: {
    page: ListPageText;
    topic: string;
    items: (count: number) => string;
    empty: string;
    description: (topic: string) => string;
    groups: { news: string; stories: string; events: string; reports: string; projects: string; networks: string; organisations: string };
  };
  figures: { qualifiers: Record<KpiQualifier, string> };
  home: {
    aboutMva: string;
    becomeMember: string;
    inFigures: string;
    latestNews: string;
    allNews: string;
    stories: string;
    allStories: string;
    upcomingEvents: string;
    allEvents: string;
    noEvents: string;
    seePastEvents: string;
    networks: string;
    allNetworks: string;
    projects: string;
    allProjects: string;
  };
  search: {
    title: string;
    description: string;
    landmark: string;
    searchFor: string;
    contentType: string;
    allTypes: string;
    topic: string;
    allTopics: string;
    year: string;
    anyYear: string;
    button: string;
    results: string;
    clearFilters: string;
    needsScript: string;
    browseTopics: string;
    showMore: string;
    searching: string;
    /** "12 results for “x”." */
    /** The client script's texts: plain strings, `{n}` and the like filled in by fillText */
    status: SearchStatusText;
  };
  /** An old address's page, sending readers on to the new one */
  moved: { title: string; description: (to: string) => string; newAddress: string };
  notFound: {
    title: string;
    description: string;
    kicker: string;
    lead: string;
    goHome: string;
    homePage: string;
    orSections: string;
    search: string;
    sectionTexts: { news: string; projects: string; events: string; reports: string; directory: string };
  };
}

/** A model list's English labels by stored value, typed so every value has one. */
function labels<const T extends readonly { value: string }[], K extends keyof T[number]>(list: T, key: K): Record<T[number]['value'], string> {
  return Object.fromEntries(list.map((entry) => [entry.value, String(entry[key as keyof typeof entry])])) as Record<T[number]['value'], string>;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: UiText = {
  skipLink: 'Skip to main content',
  sections: {
    home: 'Home', news: 'News', stories: 'Stories', projects: 'Projects', networks: 'Networks', events: 'Events', reports: 'Reports',
    directory: 'Directory', topics: 'Topics', press: 'Press', search: 'Search', people: 'People', organisations: 'Organisations',
  },
  header: { searchLandmark: 'Site', searchLabel: 'Search the site', searchPlaceholder: 'Search', searchButton: 'Search', menu: 'Menu', mainNav: 'Main' },
  switcher: {
    label: 'Language',
    notTranslated: (section) => `English › ${section} – this page is not in English`,
    goesTo: (section) => `› ${section}`,
  },
  breadcrumbs: { label: 'Breadcrumb' },
  footer: {
    contact: 'Contact', press: 'Press', pressRoom: 'Press room', pressReleases: 'Press releases', newsletter: 'Subscribe to the newsletter',
    follow: 'Follow us', about: 'About',
  },
  feeds: { news: (site) => `${site}: news`, rssFeed: 'RSS feed', rssFeedOf: (title) => ` of ${title}`, newsAbout: (topic) => `News about ${topic}` },
  pagination: { label: 'Pages', previous: 'Previous', next: 'Next', page: ' page', hiddenPage: 'Page ', pageOf: (current, last) => `page ${current} of ${last}` },
  share: { heading: 'Share', sharePage: ' (share this page)', pageLink: 'Link to this page', email: 'E-mail' },
  common: {
    all: 'All', topics: 'Topics', onThisPage: 'On this page', website: 'Website', websiteOf: (name) => ` of ${name}`, contact: 'Contact',
    email: 'E-mail', phone: 'Phone', languages: 'Languages', speaks: (languages) => `Speaks ${languages}`, pressContact: 'Press contact',
    yes: 'Yes', no: 'No', source: 'Source', sources: 'Sources', target: 'Target', from: (date) => `From ${date}`, until: (date) => `Until ${date}`, and: 'and',
  },
  news: {
    kinds: labels(NEWS_KINDS, 'title'),
    kindsPlural: labels(NEWS_KINDS, 'plural'),
    kindHeadings: labels(NEWS_KINDS, 'heading'),
    page: {
      title: 'News',
      description: 'News, press releases and comment from Medicon Valley Alliance and its partners.',
      lead: 'News, press releases and comment from Medicon Valley Alliance and its partners.',
    },
    filterByKind: 'Filter news by kind',
    filterByTopic: 'Filter by topic',
    empty: 'Nothing published here yet.',
    about: (topic) => `News about ${topic}`,
    listDescription: (heading) => `${heading} from Medicon Valley Alliance.`,
    mediaContacts: 'Media contacts',
    aboutSite: (site) => `About ${site}`,
    aboutArticle: 'About this article',
    publishedBy: (outlet) => `Published by ${outlet}`,
    readOriginal: (outlet) => `read the original article at ${outlet}`,
  },
  events: {
    page: {
      title: 'Events',
      description: 'Upcoming and past events of Medicon Valley Alliance, its networks and projects.',
      lead: 'Meetings, summits and network events for the life science community on both sides of the Øresund.',
    },
    event: 'Event', pastEvent: 'Past event', upcomingEvent: 'Upcoming event',
    upcoming: 'Upcoming events', past: 'Past events',
    noneUpcoming: 'No events are scheduled right now.', nonePast: 'No past events yet.',
    subscribe: 'Subscribe to upcoming events in your calendar', iCalendar: '(iCalendar)',
    statuses: labels(EVENT_STATUSES, 'title'),
    attendance: labels(ATTENDANCE_MODES, 'title'),
    notices: {
      cancelled: { title: 'This event is cancelled', text: 'It will not take place.' },
      postponed: { title: 'This event is postponed', text: 'A new date will be announced here.' },
      rescheduled: { title: 'This event has been rescheduled', text: 'The date shown here is the new date.' },
    },
    online: 'Online', free: 'Free',
    practical: 'Practical information', when: 'When', attendanceLabel: 'Attendance', venue: 'Venue', onlineLabel: 'Online',
    onlineLink: 'Online link', joinOnline: 'Join online', price: 'Price', organiser: 'Organiser', organisers: 'Organisers',
    register: 'Register', registerFor: (title) => ` for ${title}`, registerBy: 'Register by', registrationClosed: 'Registration closed',
    updateCalendar: 'Update your calendar', calendarEntry: 'Calendar entry', addToCalendar: 'Add to calendar',
    tookPlace: 'This event has taken place.', agenda: 'Agenda', speaker: 'Speaker: ', speakers: 'Speakers: ',
    aboutEvent: 'About this event', eventContact: 'Event contact', network: 'Network', project: 'Project', aboutTheEvent: 'About the event',
  },
  projects: {
    page: {
      title: 'Projects',
      description: 'Cross-border projects that Medicon Valley Alliance leads, coordinates or takes part in, with their results.',
      lead: 'Danish-Swedish projects that Medicon Valley Alliance leads, coordinates or joins as a partner, with their goals and results.',
    },
    statuses: labels(PROJECT_STATUSES, 'title'),
    statusHeadings: labels(PROJECT_STATUSES, 'heading'),
    roles: labels(MVA_ROLES, 'title'),
    roleTexts: labels(MVA_ROLES, 'text'),
    roleShort: labels(MVA_ROLES, 'short'),
    project: 'Project',
    kicker: (status) => `${status} project`,
    targetAndResult: (title) => `${title}: target and result`,
    results: 'Results', inFigures: 'In figures', contact: 'Project contact', contacts: 'Project contacts',
    precededBy: 'Preceded by', followedBy: 'Followed by', aboutProject: 'About this project', keyFacts: 'Key facts',
    status: 'Status', period: 'Period', acronym: 'Acronym', mvaRole: 'MVA’s role', fundingProgramme: 'Funding programme',
    budget: 'Budget', euGrant: 'EU grant', projectWebsite: 'Project website',
    approximate: (rates) => `* Approximate, at ${rates}.`,
    about: 'about',
    euCoFunded: 'Co-funded by the European Union',
    euAcknowledgement: (programme) => `This project is co-funded by the European Union through ${programme}.`,
    fundedThrough: (programme) => `This project is funded through ${programme}`,
    partners: 'Partners', leadPartner: 'Lead partner:', partnersLabel: 'Partners:', partner: 'Partner',
    indicator: 'Indicator', result: 'Result', outcome: 'Outcome', met: 'Met', notMet: 'Not met',
  },
  networks: {
    page: {
      title: 'Networks',
      description: 'Member networks of Medicon Valley Alliance, where researchers, clinicians and companies meet across the Øresund.',
      lead: 'Member networks where researchers, clinicians and companies from Denmark and Sweden meet around a shared field.',
    },
    network: 'Network', aboutNetwork: 'About the network', aboutThis: 'About this network', contact: 'Network contact',
    founded: 'Founded', founder: 'Founder', founders: 'Founders', meetings: 'Meetings', whoMayJoin: 'Who may join', join: 'Join the network',
    upcoming: 'Upcoming events', noneUpcoming: 'No meetings are scheduled right now. Dates are announced here and sent to members.', past: 'Past events',
  },
  stories: {
    page: {
      title: 'Success stories',
      description: 'What Medicon Valley Alliance\'s projects and networks have achieved, told with figures and in the words of the people involved.',
      lead: 'What projects and networks in Medicon Valley have achieved, in figures and in the words of the people involved.',
    },
    story: 'Success story', empty: 'No stories have been published yet.', resultsInFigures: 'Results in figures', related: 'Related',
    organisations: 'Organisations', readStory: 'Read the story',
  },
  reports: {
    page: {
      title: 'Reports',
      description: 'Reports and analyses from Medicon Valley Alliance, including the yearly State of Medicon Valley.',
      lead: 'Analyses of the Danish-Swedish life-science cluster, among them the yearly State of Medicon Valley. Every report can be downloaded free of charge.',
    },
    report: 'Report', reportSeries: (series) => `Report · ${series}`, edition: (edition) => `${edition} edition`,
    empty: 'No reports have been published yet.', published: 'Published', noFile: 'This report has no file to download.',
    keyFindings: 'Key findings', aboutReport: 'About this report', series: 'Series', editionLabel: 'Edition', author: 'Author', authors: 'Authors',
    preparedBy: 'Prepared by', project: 'Project', download: (details) => `Download the report (${details})`, howToCite: 'How to cite', readReport: 'Read the report',
  },
  press: {
    title: 'Press room',
    description: (site) => `Press releases, media contacts, facts and images from ${site}.`,
    lead: 'Press releases, people to talk to, facts about Medicon Valley and images you may use.',
    writeTo: 'Write to',
    mediaContacts: 'Media contacts', releases: 'Press releases', releasesFeed: 'RSS feed of press releases',
    about: (site) => `About ${site}`, facts: 'Facts and figures', kit: 'Press kit', logos: 'Logos',
    logoFor: (variant) => `Logo for ${variant} backgrounds`,
    images: 'Images',
    imagesTerms: 'You may use these images free of charge in coverage of Medicon Valley Alliance, with the credit shown.',
    licence: 'Licence: free editorial use with credit', fromTitle: (title) => `From “${title}”`,
    downloadOriginal: 'Download the original', originalOf: (alt) => ` of “${alt}”`,
  },
  directory: {
    page: {
      title: 'Directory',
      description: 'Companies, universities, hospitals, regions and other organisations of the Medicon Valley life-science cluster.',
      lead: 'Companies, universities, hospitals, regions and the other organisations of Medicon Valley and its partners, with the members of Medicon Valley Alliance marked.',
    },
    types: labels(ORGANISATION_TYPES, 'title'),
    typesPlural: labels(ORGANISATION_TYPES, 'plural'),
    browse: 'Browse the directory', byType: 'By type', byCountry: 'By country', member: 'Member',
    topicsOf: (name) => `Topics of ${name}`,
    typeTitle: (type) => `${type} in the directory`,
    countryTitle: (country) => `Organisations in ${country}`,
    facetLead: (n) => `${count(n, 'organisation', 'organisations')}, of the directory of Medicon Valley.`,
    typeDescription: (n, type) => `${n} ${type.toLowerCase()} in the Medicon Valley directory.`,
    countryDescription: (n, country) => `${n} organisations in the Medicon Valley directory, in ${country}.`,
    headquarteredIn: (country) => `headquartered in ${country}`,
    filter: {
      label: 'Filter the directory', searchByName: 'Search by name', type: 'Type', country: 'Country', topic: 'Topic',
      allTypes: 'All types', allCountries: 'All countries', allTopics: 'All topics', membersOnly: 'Members only', showResults: 'Show results',
      clear: 'Clear filters', noMatch: 'No organisations match these filters.', showing: 'Showing {shown} of {total}.',
      inDirectory: '{total} in the directory.', one: '{n} organisation', many: '{n} organisations',
    },
  },
  organisations: {
    aboutOrganisation: 'About the organisation', type: 'Type', country: 'Country', headquarters: 'Headquarters', city: 'City',
    mvaMember: 'MVA member', memberBadge: (since) => `MVA member${since ? ` since ${since}` : ''}`, since: (year) => `Since ${year}`,
    projects: 'Projects', networks: 'Networks', people: 'People', inTheNews: 'In the news', stories: 'Success stories',
    nothingYet: (name) => `No project, network, person or article on this site involves ${name} yet.`,
    seeInDirectory: 'See it in the directory',
    description: (name, type) => `${name}: ${type.toLowerCase()} in the Medicon Valley directory.`,
    leadPartner: 'Lead partner', partner: 'Partner',
  },
  people: {
    description: (name, role) => `${name}, ${role}.`,
    descriptionNoRole: (name) => `${name} in Medicon Valley.`,
    contactForProjects: 'Contact for projects', networks: 'Networks', founderAndContact: 'Founder and contact', founder: 'Founder', contact: 'Contact',
    speakingAt: 'Speaking at upcoming events', spokeAt: 'Spoke at past events', mediaContactFor: 'Media contact for', quotedIn: 'Quoted in',
  },
  topics: {
    page: {
      title: 'Topics',
      description: 'The themes of Medicon Valley Alliance\'s news, stories, projects and networks.',
      lead: 'The themes that run through our news, success stories, projects, networks and the directory.',
    },
    topic: 'Topic',
    items: (n) => (n === 1 ? '1 item' : `${n} items`),
    empty: 'Nothing is tagged with this topic yet.',
    description: (topic) => `News, stories, projects, networks and organisations about ${topic} in Medicon Valley.`,
    groups: { news: 'News', stories: 'Success stories', events: 'Events', reports: 'Reports', projects: 'Projects', networks: 'Networks', organisations: 'Organisations' },
  },
  figures: { qualifiers: labels(KPI_QUALIFIERS, 'title') },
  home: {
    aboutMva: 'About MVA', becomeMember: 'Become a member', inFigures: 'Medicon Valley in figures', latestNews: 'Latest news', allNews: 'All news',
    stories: 'Success stories', allStories: 'All stories', upcomingEvents: 'Upcoming events', allEvents: 'All events',
    noEvents: 'No events are scheduled right now.', seePastEvents: 'See past events', networks: 'Networks', allNetworks: 'All networks',
    projects: 'Projects', allProjects: 'All projects',
  },
  search: {
    title: 'Search',
    description: 'Search the news, stories, projects, networks, events, reports, people and pages of Medicon Valley Alliance.',
    landmark: 'Search and filter', searchFor: 'Search for', contentType: 'Content type', allTypes: 'All types', topic: 'Topic', allTopics: 'All topics',
    year: 'Year', anyYear: 'Any year', button: 'Search', results: 'Results', clearFilters: 'Clear filters',
    needsScript: 'Search runs in your browser and needs JavaScript. Without it, browse the sections from the menu, or the',
    browseTopics: 'topics', showMore: 'Show more results', searching: 'Searching…',
    status: {
      one: '{n} result', many: '{n} results', forQuery: ' for “{q}”', withFilters: ' with {filters}', found: '{count}{for}.', none: 'No results{for}{with}.',
      filterNames: { type: 'type', topic: 'topic', year: 'year' }, and: 'and',
      types: {
        News: 'News', Story: 'Story', Project: 'Project', Network: 'Network', Event: 'Event', Report: 'Report', Person: 'Person',
        Organisation: 'Organisation', Topic: 'Topic', Page: 'Page',
      },
    },
  },
  moved: { title: 'This page has moved', description: (to) => `This page has moved to ${to}`, newAddress: 'Its new address is' },
  notFound: {
    title: 'Page not found',
    description: 'The page you asked for does not exist on this site.',
    kicker: 'Error 404',
    lead: 'There is no page at this address. It may have moved, or the address may be mistyped.',
    goHome: 'Go to',
    homePage: 'the home page',
    orSections: ', or try one of these sections:',
    search: 'Search the site',
    sectionTexts: {
      news: 'News, press releases and comment',
      projects: 'Cross-border projects we lead or take part in',
      events: 'Meetings, conferences and network events',
      reports: 'Analyses such as the State of Medicon Valley',
      directory: 'Organisations and members in Medicon Valley',
    },
  },
};

const da: UiText = {
  skipLink: 'Gå til hovedindholdet',
  sections: {
    home: 'Forside', news: 'Nyheder', stories: 'Historier', projects: 'Projekter', networks: 'Netværk', events: 'Arrangementer', reports: 'Rapporter',
    directory: 'Aktører', topics: 'Emner', press: 'Presse', search: 'Søg', people: 'Personer', organisations: 'Organisationer',
  },
  header: { searchLandmark: 'Hjemmesiden', searchLabel: 'Søg på hjemmesiden', searchPlaceholder: 'Søg', searchButton: 'Søg', menu: 'Menu', mainNav: 'Hovedmenu' },
  switcher: {
    label: 'Sprog',
    notTranslated: (section) => `Dansk › ${section} – denne side findes ikke på dansk`,
    goesTo: (section) => `› ${section}`,
  },
  breadcrumbs: { label: 'Brødkrummesti' },
  footer: {
    contact: 'Kontakt', press: 'Presse', pressRoom: 'Presserum', pressReleases: 'Pressemeddelelser', newsletter: 'Tilmeld dig nyhedsbrevet',
    follow: 'Følg os', about: 'Om os',
  },
  feeds: { news: (site) => `${site}: nyheder`, rssFeed: 'RSS-feed', rssFeedOf: (title) => ` med ${title}`, newsAbout: (topic) => `Nyheder om ${topic}` },
  pagination: { label: 'Sider', previous: 'Forrige', next: 'Næste', page: ' side', hiddenPage: 'Side ', pageOf: (current, last) => `side ${current} af ${last}` },
  share: { heading: 'Del', sharePage: ' (del denne side)', pageLink: 'Link til denne side', email: 'E-mail' },
  common: {
    all: 'Alle', topics: 'Emner', onThisPage: 'På denne side', website: 'Hjemmeside', websiteOf: (name) => ` for ${name}`, contact: 'Kontakt',
    email: 'E-mail', phone: 'Telefon', languages: 'Sprog', speaks: (languages) => `Taler ${languages}`, pressContact: 'Pressekontakt',
    yes: 'Ja', no: 'Nej', source: 'Kilde', sources: 'Kilder', target: 'Mål', from: (date) => `Fra ${date}`, until: (date) => `Til ${date}`, and: 'og',
  },
  news: {
    kinds: { news: 'Nyhed', pressRelease: 'Pressemeddelelse', mediaCoverage: 'Omtale i medierne', opinion: 'Debatindlæg', announcement: 'Meddelelse' },
    kindsPlural: { news: 'Nyheder', pressRelease: 'Pressemeddelelser', mediaCoverage: 'Omtale i medierne', opinion: 'Debatindlæg', announcement: 'Meddelelser' },
    kindHeadings: { news: 'Nyt fra os', pressRelease: 'Pressemeddelelser', mediaCoverage: 'Omtale i medierne', opinion: 'Debatindlæg', announcement: 'Meddelelser' },
    page: {
      title: 'Nyheder',
      description: 'Nyheder, pressemeddelelser og debatindlæg fra Medicon Valley Alliance og vores partnere.',
      lead: 'Nyheder, pressemeddelelser og debatindlæg fra Medicon Valley Alliance og vores partnere.',
    },
    filterByKind: 'Filtrér nyheder efter type',
    filterByTopic: 'Filtrér efter emne',
    empty: 'Her er endnu ikke udgivet noget.',
    about: (topic) => `Nyheder om ${topic}`,
    listDescription: (heading) => `${heading} fra Medicon Valley Alliance.`,
    mediaContacts: 'Pressekontakter',
    aboutSite: (site) => `Om ${site}`,
    aboutArticle: 'Om artiklen',
    publishedBy: (outlet) => `Udgivet af ${outlet}`,
    readOriginal: (outlet) => `læs den oprindelige artikel hos ${outlet}`,
  },
  events: {
    page: {
      title: 'Arrangementer',
      description: 'Kommende og tidligere arrangementer hos Medicon Valley Alliance, vores netværk og projekter.',
      lead: 'Møder, topmøder og netværksarrangementer for life science-miljøet på begge sider af Øresund.',
    },
    event: 'Arrangement', pastEvent: 'Tidligere arrangement', upcomingEvent: 'Kommende arrangement',
    upcoming: 'Kommende arrangementer', past: 'Tidligere arrangementer',
    noneUpcoming: 'Der er ingen planlagte arrangementer lige nu.', nonePast: 'Der er endnu ingen tidligere arrangementer.',
    subscribe: 'Abonnér på kommende arrangementer i din kalender', iCalendar: '(iCalendar)',
    statuses: { scheduled: 'Planlagt', cancelled: 'Aflyst', postponed: 'Udsat', rescheduled: 'Flyttet' },
    attendance: { offline: 'Fysisk fremmøde', online: 'Online', mixed: 'Fysisk og online' },
    notices: {
      cancelled: { title: 'Arrangementet er aflyst', text: 'Det bliver ikke til noget.' },
      postponed: { title: 'Arrangementet er udsat', text: 'En ny dato bliver annonceret her.' },
      rescheduled: { title: 'Arrangementet er flyttet', text: 'Datoen her på siden er den nye dato.' },
    },
    online: 'Online', free: 'Gratis',
    practical: 'Praktiske oplysninger', when: 'Hvornår', attendanceLabel: 'Deltagelse', venue: 'Sted', onlineLabel: 'Online',
    onlineLink: 'Onlinelink', joinOnline: 'Deltag online', price: 'Pris', organiser: 'Arrangør', organisers: 'Arrangører',
    register: 'Tilmeld dig', registerFor: (title) => ` til ${title}`, registerBy: 'Tilmeld dig senest', registrationClosed: 'Tilmeldingen er lukket',
    updateCalendar: 'Opdatér din kalender', calendarEntry: 'Kalenderaftale', addToCalendar: 'Føj til kalender',
    tookPlace: 'Arrangementet har fundet sted.', agenda: 'Program', speaker: 'Oplægsholder: ', speakers: 'Oplægsholdere: ',
    aboutEvent: 'Om arrangementet', eventContact: 'Kontaktperson', network: 'Netværk', project: 'Projekt', aboutTheEvent: 'Om arrangementet',
  },
  projects: {
    page: {
      title: 'Projekter',
      description: 'Grænseoverskridende projekter, som Medicon Valley Alliance leder, koordinerer eller deltager i, med deres resultater.',
      lead: 'Dansk-svenske projekter, som Medicon Valley Alliance leder, koordinerer eller er partner i, med deres mål og resultater.',
    },
    statuses: { planned: 'Planlagt', active: 'Igangværende', completed: 'Afsluttet' },
    statusHeadings: { planned: 'Planlagte projekter', active: 'Igangværende projekter', completed: 'Afsluttede projekter' },
    roles: { lead: 'Leadpartner', coordinator: 'Koordinator', partner: 'Partner', projectManagingPartner: 'Projektledende partner' },
    roleTexts: {
      lead: 'MVA leder projektet', coordinator: 'MVA koordinerer projektet', partner: 'MVA er partner i projektet',
      projectManagingPartner: 'MVA er projektledende partner',
    },
    roleShort: { lead: 'Ledet af MVA', coordinator: 'Koordineret af MVA', partner: 'MVA er partner', projectManagingPartner: 'MVA er projektledende partner' },
    project: 'Projekt',
    kicker: (status) => `${status} projekt`,
    targetAndResult: (title) => `${title}: mål og resultat`,
    results: 'Resultater', inFigures: 'I tal', contact: 'Kontaktperson', contacts: 'Kontaktpersoner',
    precededBy: 'Forgænger', followedBy: 'Efterfølger', aboutProject: 'Om projektet', keyFacts: 'Fakta',
    status: 'Status', period: 'Periode', acronym: 'Forkortelse', mvaRole: 'MVA’s rolle', fundingProgramme: 'Finansieringsprogram',
    budget: 'Budget', euGrant: 'EU-tilskud', projectWebsite: 'Projektets hjemmeside',
    approximate: (rates) => `* Omtrentligt, ved ${rates}.`,
    about: 'ca.',
    euCoFunded: 'Medfinansieret af Den Europæiske Union',
    euAcknowledgement: (programme) => `Projektet er medfinansieret af Den Europæiske Union gennem ${programme}.`,
    fundedThrough: (programme) => `Projektet er finansieret gennem ${programme}`,
    partners: 'Partnere', leadPartner: 'Leadpartner:', partnersLabel: 'Partnere:', partner: 'Partner',
    indicator: 'Indikator', result: 'Resultat', outcome: 'Udfald', met: 'Nået', notMet: 'Ikke nået',
  },
  networks: {
    page: {
      title: 'Netværk',
      description: 'Medlemsnetværk i Medicon Valley Alliance, hvor forskere, klinikere og virksomheder mødes på tværs af Øresund.',
      lead: 'Medlemsnetværk, hvor forskere, klinikere og virksomheder fra Danmark og Sverige mødes om et fælles fagområde.',
    },
    network: 'Netværk', aboutNetwork: 'Om netværket', aboutThis: 'Om netværket', contact: 'Kontaktperson',
    founded: 'Grundlagt', founder: 'Stifter', founders: 'Stiftere', meetings: 'Møder', whoMayJoin: 'Hvem kan være med', join: 'Bliv en del af netværket',
    upcoming: 'Kommende arrangementer', noneUpcoming: 'Der er ingen planlagte møder lige nu. Datoer bliver annonceret her og sendt til medlemmerne.',
    past: 'Tidligere arrangementer',
  },
  stories: {
    page: {
      title: 'Succeshistorier',
      description: 'Hvad Medicon Valley Alliance’s projekter og netværk har opnået, fortalt med tal og med ord fra de involverede.',
      lead: 'Hvad projekter og netværk i Medicon Valley har opnået, i tal og med ord fra de involverede.',
    },
    story: 'Succeshistorie', empty: 'Der er endnu ikke udgivet nogen historier.', resultsInFigures: 'Resultater i tal', related: 'Relateret',
    organisations: 'Organisationer', readStory: 'Læs historien',
  },
  reports: {
    page: {
      title: 'Rapporter',
      description: 'Rapporter og analyser fra Medicon Valley Alliance, bl.a. den årlige State of Medicon Valley.',
      lead: 'Analyser af den dansk-svenske life science-klynge, bl.a. den årlige State of Medicon Valley. Alle rapporter kan hentes gratis.',
    },
    report: 'Rapport', reportSeries: (series) => `Rapport · ${series}`, edition: (edition) => `${edition}-udgaven`,
    empty: 'Der er endnu ikke udgivet nogen rapporter.', published: 'Udgivet', noFile: 'Der er ingen fil at hente til denne rapport.',
    keyFindings: 'Hovedresultater', aboutReport: 'Om rapporten', series: 'Serie', editionLabel: 'Udgave', author: 'Forfatter', authors: 'Forfattere',
    preparedBy: 'Udarbejdet af', project: 'Projekt', download: (details) => `Hent rapporten (${details})`, howToCite: 'Sådan citerer du rapporten',
    readReport: 'Læs rapporten',
  },
  press: {
    title: 'Presserum',
    description: (site) => `Pressemeddelelser, pressekontakter, fakta og billeder fra ${site}.`,
    lead: 'Pressemeddelelser, folk du kan tale med, fakta om Medicon Valley og billeder, du må bruge.',
    writeTo: 'Skriv til',
    mediaContacts: 'Pressekontakter', releases: 'Pressemeddelelser', releasesFeed: 'RSS-feed med pressemeddelelser',
    about: (site) => `Om ${site}`, facts: 'Fakta og tal', kit: 'Pressemateriale', logos: 'Logoer',
    logoFor: (variant) => `Logo til ${variant === 'light' ? 'lys' : 'mørk'} baggrund`,
    images: 'Billeder',
    imagesTerms: 'Du må bruge billederne gratis i omtale af Medicon Valley Alliance, med den viste kreditering.',
    licence: 'Licens: fri redaktionel brug med kreditering', fromTitle: (title) => `Fra »${title}«`,
    downloadOriginal: 'Hent originalen', originalOf: (alt) => ` af »${alt}«`,
  },
  directory: {
    page: {
      title: 'Aktører',
      description: 'Virksomheder, universiteter, hospitaler, regioner og andre organisationer i life science-klyngen Medicon Valley.',
      lead: 'Virksomheder, universiteter, hospitaler, regioner og de øvrige organisationer i Medicon Valley og hos vores partnere, med medlemmerne af Medicon Valley Alliance markeret.',
    },
    types: {
      company: 'Virksomhed', university: 'Universitet', hospital: 'Hospital', region: 'Region', researchInfrastructure: 'Forskningsinfrastruktur',
      sciencePark: 'Forskerpark', investor: 'Investor', clusterOrganisation: 'Klyngeorganisation', foundation: 'Fond', other: 'Andet',
    },
    typesPlural: {
      company: 'Virksomheder', university: 'Universiteter', hospital: 'Hospitaler', region: 'Regioner', researchInfrastructure: 'Forskningsinfrastruktur',
      sciencePark: 'Forskerparker', investor: 'Investorer', clusterOrganisation: 'Klyngeorganisationer', foundation: 'Fonde', other: 'Andre',
    },
    browse: 'Gennemse organisationerne', byType: 'Efter type', byCountry: 'Efter land', member: 'Medlem',
    topicsOf: (name) => `Emner for ${name}`,
    typeTitle: (type) => `${type} i oversigten`,
    countryTitle: (country) => `Organisationer i ${country}`,
    facetLead: (n) => `${count(n, 'organisation', 'organisationer')} i oversigten over Medicon Valley.`,
    typeDescription: (n, type) => `${n} ${type.toLowerCase()} i oversigten over Medicon Valley.`,
    countryDescription: (n, country) => `${n} organisationer i oversigten over Medicon Valley, i ${country}.`,
    headquarteredIn: (country) => `hovedsæde i ${country}`,
    filter: {
      label: 'Filtrér organisationerne', searchByName: 'Søg efter navn', type: 'Type', country: 'Land', topic: 'Emne',
      allTypes: 'Alle typer', allCountries: 'Alle lande', allTopics: 'Alle emner', membersOnly: 'Kun medlemmer', showResults: 'Vis resultater',
      clear: 'Nulstil filtre', noMatch: 'Ingen organisationer passer til filtrene.', showing: 'Viser {shown} af {total}.',
      inDirectory: '{total} i oversigten.', one: '{n} organisation', many: '{n} organisationer',
    },
  },
  organisations: {
    aboutOrganisation: 'Om organisationen', type: 'Type', country: 'Land', headquarters: 'Hovedsæde', city: 'By',
    mvaMember: 'MVA-medlem', memberBadge: (since) => `MVA-medlem${since ? ` siden ${since}` : ''}`, since: (year) => `Siden ${year}`,
    projects: 'Projekter', networks: 'Netværk', people: 'Personer', inTheNews: 'I nyhederne', stories: 'Succeshistorier',
    nothingYet: (name) => `Endnu intet projekt, netværk, person eller artikel på hjemmesiden involverer ${name}.`,
    seeInDirectory: 'Se den i oversigten',
    description: (name, type) => `${name}: ${type.toLowerCase()} i oversigten over Medicon Valley.`,
    leadPartner: 'Leadpartner', partner: 'Partner',
  },
  people: {
    description: (name, role) => `${name}, ${role}.`,
    descriptionNoRole: (name) => `${name} i Medicon Valley.`,
    contactForProjects: 'Kontaktperson for projekter', networks: 'Netværk', founderAndContact: 'Stifter og kontaktperson', founder: 'Stifter', contact: 'Kontaktperson',
    speakingAt: 'Taler ved kommende arrangementer', spokeAt: 'Har talt ved tidligere arrangementer', mediaContactFor: 'Pressekontakt for', quotedIn: 'Citeret i',
  },
  topics: {
    page: {
      title: 'Emner',
      description: 'Temaerne i Medicon Valley Alliance’s nyheder, historier, projekter og netværk.',
      lead: 'De temaer, der går igen i vores nyheder, succeshistorier, projekter, netværk og organisationsoversigten.',
    },
    topic: 'Emne',
    items: (n) => (n === 1 ? '1 element' : `${n} elementer`),
    empty: 'Intet er endnu knyttet til dette emne.',
    description: (topic) => `Nyheder, historier, projekter, netværk og organisationer om ${topic} i Medicon Valley.`,
    groups: { news: 'Nyheder', stories: 'Succeshistorier', events: 'Arrangementer', reports: 'Rapporter', projects: 'Projekter', networks: 'Netværk', organisations: 'Organisationer' },
  },
  figures: { qualifiers: { moreThan: 'Mere end', atLeast: 'Mindst', about: 'Ca.', closeTo: 'Næsten', upTo: 'Op til', lessThan: 'Under' } },
  home: {
    aboutMva: 'Om MVA', becomeMember: 'Bliv medlem', inFigures: 'Medicon Valley i tal', latestNews: 'Seneste nyheder', allNews: 'Alle nyheder',
    stories: 'Succeshistorier', allStories: 'Alle historier', upcomingEvents: 'Kommende arrangementer', allEvents: 'Alle arrangementer',
    noEvents: 'Der er ingen planlagte arrangementer lige nu.', seePastEvents: 'Se tidligere arrangementer', networks: 'Netværk', allNetworks: 'Alle netværk',
    projects: 'Projekter', allProjects: 'Alle projekter',
  },
  search: {
    title: 'Søg',
    description: 'Søg i nyheder, historier, projekter, netværk, arrangementer, rapporter, personer og sider hos Medicon Valley Alliance.',
    landmark: 'Søg og filtrér', searchFor: 'Søg efter', contentType: 'Indholdstype', allTypes: 'Alle typer', topic: 'Emne', allTopics: 'Alle emner',
    year: 'År', anyYear: 'Alle år', button: 'Søg', results: 'Resultater', clearFilters: 'Nulstil filtre',
    needsScript: 'Søgningen kører i din browser og kræver JavaScript. Uden JavaScript kan du gå til afsnittene via menuen eller se',
    browseTopics: 'emnerne', showMore: 'Vis flere resultater', searching: 'Søger …',
    status: {
      one: '{n} resultat', many: '{n} resultater', forQuery: ' for »{q}«', withFilters: ' med {filters}', found: '{count}{for}.', none: 'Ingen resultater{for}{with}.',
      filterNames: { type: 'type', topic: 'emne', year: 'år' }, and: 'og',
      types: {
        News: 'Nyhed', Story: 'Historie', Project: 'Projekt', Network: 'Netværk', Event: 'Arrangement', Report: 'Rapport', Person: 'Person',
        Organisation: 'Organisation', Topic: 'Emne', Page: 'Side',
      },
    },
  },
  moved: { title: 'Siden er flyttet', description: (to) => `Siden er flyttet til ${to}`, newAddress: 'Dens nye adresse er' },
  notFound: {
    title: 'Siden blev ikke fundet',
    description: 'Den side, du leder efter, findes ikke på hjemmesiden.',
    kicker: 'Fejl 404',
    lead: 'Der er ingen side på denne adresse. Den kan være flyttet, eller adressen kan være skrevet forkert.',
    goHome: 'Gå til',
    homePage: 'forsiden',
    orSections: ', eller prøv et af disse afsnit:',
    search: 'Søg på hjemmesiden',
    sectionTexts: {
      news: 'Nyheder, pressemeddelelser og debatindlæg',
      projects: 'Grænseoverskridende projekter, vi leder eller deltager i',
      events: 'Møder, konferencer og netværksarrangementer',
      reports: 'Analyser som State of Medicon Valley',
      directory: 'Organisationer og medlemmer i Medicon Valley',
    },
  },
};

const sv: UiText = {
  skipLink: 'Hoppa till huvudinnehållet',
  sections: {
    home: 'Startsida', news: 'Nyheter', stories: 'Berättelser', projects: 'Projekt', networks: 'Nätverk', events: 'Evenemang', reports: 'Rapporter',
    directory: 'Aktörer', topics: 'Ämnen', press: 'Press', search: 'Sök', people: 'Personer', organisations: 'Organisationer',
  },
  header: { searchLandmark: 'Webbplatsen', searchLabel: 'Sök på webbplatsen', searchPlaceholder: 'Sök', searchButton: 'Sök', menu: 'Meny', mainNav: 'Huvudmeny' },
  switcher: {
    label: 'Språk',
    notTranslated: (section) => `Svenska › ${section} – sidan finns inte på svenska`,
    goesTo: (section) => `› ${section}`,
  },
  breadcrumbs: { label: 'Brödsmulor' },
  footer: {
    contact: 'Kontakt', press: 'Press', pressRoom: 'Pressrum', pressReleases: 'Pressmeddelanden', newsletter: 'Prenumerera på nyhetsbrevet',
    follow: 'Följ oss', about: 'Om oss',
  },
  feeds: { news: (site) => `${site}: nyheter`, rssFeed: 'RSS-flöde', rssFeedOf: (title) => ` med ${title}`, newsAbout: (topic) => `Nyheter om ${topic}` },
  pagination: { label: 'Sidor', previous: 'Föregående', next: 'Nästa', page: ' sida', hiddenPage: 'Sida ', pageOf: (current, last) => `sida ${current} av ${last}` },
  share: { heading: 'Dela', sharePage: ' (dela sidan)', pageLink: 'Länk till sidan', email: 'E-post' },
  common: {
    all: 'Alla', topics: 'Ämnen', onThisPage: 'På den här sidan', website: 'Webbplats', websiteOf: (name) => ` för ${name}`, contact: 'Kontakt',
    email: 'E-post', phone: 'Telefon', languages: 'Språk', speaks: (languages) => `Talar ${languages}`, pressContact: 'Presskontakt',
    yes: 'Ja', no: 'Nej', source: 'Källa', sources: 'Källor', target: 'Mål', from: (date) => `Från ${date}`, until: (date) => `Till ${date}`, and: 'och',
  },
  news: {
    kinds: { news: 'Nyhet', pressRelease: 'Pressmeddelande', mediaCoverage: 'I medierna', opinion: 'Debattartikel', announcement: 'Meddelande' },
    kindsPlural: { news: 'Nyheter', pressRelease: 'Pressmeddelanden', mediaCoverage: 'I medierna', opinion: 'Debattartiklar', announcement: 'Meddelanden' },
    kindHeadings: { news: 'Nytt från oss', pressRelease: 'Pressmeddelanden', mediaCoverage: 'I medierna', opinion: 'Debattartiklar', announcement: 'Meddelanden' },
    page: {
      title: 'Nyheter',
      description: 'Nyheter, pressmeddelanden och debattartiklar från Medicon Valley Alliance och våra partner.',
      lead: 'Nyheter, pressmeddelanden och debattartiklar från Medicon Valley Alliance och våra partner.',
    },
    filterByKind: 'Filtrera nyheter efter typ',
    filterByTopic: 'Filtrera efter ämne',
    empty: 'Här har inget publicerats ännu.',
    about: (topic) => `Nyheter om ${topic}`,
    listDescription: (heading) => `${heading} från Medicon Valley Alliance.`,
    mediaContacts: 'Presskontakter',
    aboutSite: (site) => `Om ${site}`,
    aboutArticle: 'Om artikeln',
    publishedBy: (outlet) => `Publicerad av ${outlet}`,
    readOriginal: (outlet) => `läs originalartikeln hos ${outlet}`,
  },
  events: {
    page: {
      title: 'Evenemang',
      description: 'Kommande och tidigare evenemang hos Medicon Valley Alliance, våra nätverk och projekt.',
      lead: 'Möten, toppmöten och nätverksträffar för life science-branschen på båda sidor om Öresund.',
    },
    event: 'Evenemang', pastEvent: 'Tidigare evenemang', upcomingEvent: 'Kommande evenemang',
    upcoming: 'Kommande evenemang', past: 'Tidigare evenemang',
    noneUpcoming: 'Inga evenemang är planerade just nu.', nonePast: 'Inga tidigare evenemang ännu.',
    subscribe: 'Prenumerera på kommande evenemang i din kalender', iCalendar: '(iCalendar)',
    statuses: { scheduled: 'Planerat', cancelled: 'Inställt', postponed: 'Uppskjutet', rescheduled: 'Flyttat' },
    attendance: { offline: 'På plats', online: 'Online', mixed: 'På plats och online' },
    notices: {
      cancelled: { title: 'Evenemanget är inställt', text: 'Det kommer inte att genomföras.' },
      postponed: { title: 'Evenemanget är uppskjutet', text: 'Ett nytt datum meddelas här.' },
      rescheduled: { title: 'Evenemanget har flyttats', text: 'Datumet som visas här är det nya datumet.' },
    },
    online: 'Online', free: 'Kostnadsfritt',
    practical: 'Praktisk information', when: 'När', attendanceLabel: 'Deltagande', venue: 'Plats', onlineLabel: 'Online',
    onlineLink: 'Onlinelänk', joinOnline: 'Delta online', price: 'Pris', organiser: 'Arrangör', organisers: 'Arrangörer',
    register: 'Anmäl dig', registerFor: (title) => ` till ${title}`, registerBy: 'Anmäl dig senast', registrationClosed: 'Anmälan är stängd',
    updateCalendar: 'Uppdatera din kalender', calendarEntry: 'Kalenderpost', addToCalendar: 'Lägg till i kalendern',
    tookPlace: 'Evenemanget har ägt rum.', agenda: 'Program', speaker: 'Talare: ', speakers: 'Talare: ',
    aboutEvent: 'Om evenemanget', eventContact: 'Kontaktperson', network: 'Nätverk', project: 'Projekt', aboutTheEvent: 'Om evenemanget',
  },
  projects: {
    page: {
      title: 'Projekt',
      description: 'Gränsöverskridande projekt som Medicon Valley Alliance leder, samordnar eller deltar i, med deras resultat.',
      lead: 'Dansk-svenska projekt som Medicon Valley Alliance leder, samordnar eller är partner i, med deras mål och resultat.',
    },
    statuses: { planned: 'Planerat', active: 'Pågående', completed: 'Avslutat' },
    statusHeadings: { planned: 'Planerade projekt', active: 'Pågående projekt', completed: 'Avslutade projekt' },
    roles: { lead: 'Huvudpartner', coordinator: 'Samordnare', partner: 'Partner', projectManagingPartner: 'Projektledande partner' },
    roleTexts: {
      lead: 'MVA leder projektet', coordinator: 'MVA samordnar projektet', partner: 'MVA är partner i projektet',
      projectManagingPartner: 'MVA är projektledande partner',
    },
    roleShort: { lead: 'Leds av MVA', coordinator: 'Samordnas av MVA', partner: 'MVA är partner', projectManagingPartner: 'MVA är projektledande partner' },
    project: 'Projekt',
    kicker: (status) => `${status} projekt`,
    targetAndResult: (title) => `${title}: mål och resultat`,
    results: 'Resultat', inFigures: 'I siffror', contact: 'Kontaktperson', contacts: 'Kontaktpersoner',
    precededBy: 'Föregicks av', followedBy: 'Följdes av', aboutProject: 'Om projektet', keyFacts: 'Fakta',
    status: 'Status', period: 'Period', acronym: 'Förkortning', mvaRole: 'MVA:s roll', fundingProgramme: 'Finansieringsprogram',
    budget: 'Budget', euGrant: 'EU-bidrag', projectWebsite: 'Projektets webbplats',
    approximate: (rates) => `* Ungefärligt, vid ${rates}.`,
    about: 'cirka',
    euCoFunded: 'Medfinansieras av Europeiska unionen',
    euAcknowledgement: (programme) => `Projektet medfinansieras av Europeiska unionen genom ${programme}.`,
    fundedThrough: (programme) => `Projektet finansieras genom ${programme}`,
    partners: 'Partner', leadPartner: 'Huvudpartner:', partnersLabel: 'Partner:', partner: 'Partner',
    indicator: 'Indikator', result: 'Resultat', outcome: 'Utfall', met: 'Uppnått', notMet: 'Ej uppnått',
  },
  networks: {
    page: {
      title: 'Nätverk',
      description: 'Medlemsnätverk inom Medicon Valley Alliance, där forskare, kliniker och företag möts över Öresund.',
      lead: 'Medlemsnätverk där forskare, kliniker och företag från Danmark och Sverige möts kring ett gemensamt område.',
    },
    network: 'Nätverk', aboutNetwork: 'Om nätverket', aboutThis: 'Om nätverket', contact: 'Kontaktperson',
    founded: 'Grundat', founder: 'Grundare', founders: 'Grundare', meetings: 'Möten', whoMayJoin: 'Vem kan vara med', join: 'Gå med i nätverket',
    upcoming: 'Kommande evenemang', noneUpcoming: 'Inga möten är planerade just nu. Datum meddelas här och skickas till medlemmarna.',
    past: 'Tidigare evenemang',
  },
  stories: {
    page: {
      title: 'Framgångshistorier',
      description: 'Vad Medicon Valley Alliances projekt och nätverk har åstadkommit, berättat med siffror och med de inblandades egna ord.',
      lead: 'Vad projekt och nätverk i Medicon Valley har åstadkommit, i siffror och med de inblandades egna ord.',
    },
    story: 'Framgångshistoria', empty: 'Inga berättelser har publicerats ännu.', resultsInFigures: 'Resultat i siffror', related: 'Relaterat',
    organisations: 'Organisationer', readStory: 'Läs berättelsen',
  },
  reports: {
    page: {
      title: 'Rapporter',
      description: 'Rapporter och analyser från Medicon Valley Alliance, bland annat den årliga State of Medicon Valley.',
      lead: 'Analyser av det dansk-svenska life science-klustret, bland annat den årliga State of Medicon Valley. Alla rapporter kan laddas ner kostnadsfritt.',
    },
    report: 'Rapport', reportSeries: (series) => `Rapport · ${series}`, edition: (edition) => `utgåva ${edition}`,
    empty: 'Inga rapporter har publicerats ännu.', published: 'Publicerad', noFile: 'Den här rapporten har ingen fil att ladda ner.',
    keyFindings: 'Viktigaste resultaten', aboutReport: 'Om rapporten', series: 'Serie', editionLabel: 'Utgåva', author: 'Författare', authors: 'Författare',
    preparedBy: 'Framtagen av', project: 'Projekt', download: (details) => `Ladda ner rapporten (${details})`, howToCite: 'Så citerar du rapporten',
    readReport: 'Läs rapporten',
  },
  press: {
    title: 'Pressrum',
    description: (site) => `Pressmeddelanden, presskontakter, fakta och bilder från ${site}.`,
    lead: 'Pressmeddelanden, personer att tala med, fakta om Medicon Valley och bilder som du får använda.',
    writeTo: 'Skriv till',
    mediaContacts: 'Presskontakter', releases: 'Pressmeddelanden', releasesFeed: 'RSS-flöde med pressmeddelanden',
    about: (site) => `Om ${site}`, facts: 'Fakta och siffror', kit: 'Pressmaterial', logos: 'Logotyper',
    logoFor: (variant) => `Logotyp för ${variant === 'light' ? 'ljus' : 'mörk'} bakgrund`,
    images: 'Bilder',
    imagesTerms: 'Du får använda bilderna kostnadsfritt när du skriver om Medicon Valley Alliance, med angiven fotograf.',
    licence: 'Licens: fri redaktionell användning med angiven fotograf', fromTitle: (title) => `Från ”${title}”`,
    downloadOriginal: 'Ladda ner originalet', originalOf: (alt) => ` av ”${alt}”`,
  },
  directory: {
    page: {
      title: 'Aktörer',
      description: 'Företag, universitet, sjukhus, regioner och andra organisationer i life science-klustret Medicon Valley.',
      lead: 'Företag, universitet, sjukhus, regioner och övriga organisationer i Medicon Valley och hos våra partner, med medlemmarna i Medicon Valley Alliance markerade.',
    },
    types: {
      company: 'Företag', university: 'Universitet', hospital: 'Sjukhus', region: 'Region', researchInfrastructure: 'Forskningsinfrastruktur',
      sciencePark: 'Forskningspark', investor: 'Investerare', clusterOrganisation: 'Klusterorganisation', foundation: 'Stiftelse', other: 'Övrigt',
    },
    typesPlural: {
      company: 'Företag', university: 'Universitet', hospital: 'Sjukhus', region: 'Regioner', researchInfrastructure: 'Forskningsinfrastruktur',
      sciencePark: 'Forskningsparker', investor: 'Investerare', clusterOrganisation: 'Klusterorganisationer', foundation: 'Stiftelser', other: 'Övriga',
    },
    browse: 'Bläddra bland organisationerna', byType: 'Efter typ', byCountry: 'Efter land', member: 'Medlem',
    topicsOf: (name) => `Ämnen för ${name}`,
    typeTitle: (type) => `${type} i förteckningen`,
    countryTitle: (country) => `Organisationer i ${country}`,
    facetLead: (n) => `${count(n, 'organisation', 'organisationer')} i förteckningen över Medicon Valley.`,
    typeDescription: (n, type) => `${n} ${type.toLowerCase()} i förteckningen över Medicon Valley.`,
    countryDescription: (n, country) => `${n} organisationer i förteckningen över Medicon Valley, i ${country}.`,
    headquarteredIn: (country) => `huvudkontor i ${country}`,
    filter: {
      label: 'Filtrera organisationerna', searchByName: 'Sök på namn', type: 'Typ', country: 'Land', topic: 'Ämne',
      allTypes: 'Alla typer', allCountries: 'Alla länder', allTopics: 'Alla ämnen', membersOnly: 'Endast medlemmar', showResults: 'Visa resultat',
      clear: 'Rensa filter', noMatch: 'Inga organisationer matchar filtren.', showing: 'Visar {shown} av {total}.',
      inDirectory: '{total} i förteckningen.', one: '{n} organisation', many: '{n} organisationer',
    },
  },
  organisations: {
    aboutOrganisation: 'Om organisationen', type: 'Typ', country: 'Land', headquarters: 'Huvudkontor', city: 'Ort',
    mvaMember: 'MVA-medlem', memberBadge: (since) => `MVA-medlem${since ? ` sedan ${since}` : ''}`, since: (year) => `Sedan ${year}`,
    projects: 'Projekt', networks: 'Nätverk', people: 'Personer', inTheNews: 'I nyheterna', stories: 'Framgångshistorier',
    nothingYet: (name) => `Inget projekt, nätverk, ingen person och ingen artikel på webbplatsen involverar ${name} ännu.`,
    seeInDirectory: 'Se den i förteckningen',
    description: (name, type) => `${name}: ${type.toLowerCase()} i förteckningen över Medicon Valley.`,
    leadPartner: 'Huvudpartner', partner: 'Partner',
  },
  people: {
    description: (name, role) => `${name}, ${role}.`,
    descriptionNoRole: (name) => `${name} i Medicon Valley.`,
    contactForProjects: 'Kontaktperson för projekt', networks: 'Nätverk', founderAndContact: 'Grundare och kontaktperson', founder: 'Grundare', contact: 'Kontaktperson',
    speakingAt: 'Talar vid kommande evenemang', spokeAt: 'Har talat vid tidigare evenemang', mediaContactFor: 'Presskontakt för', quotedIn: 'Citerad i',
  },
  topics: {
    page: {
      title: 'Ämnen',
      description: 'Teman i Medicon Valley Alliances nyheter, berättelser, projekt och nätverk.',
      lead: 'De teman som går igen i våra nyheter, framgångshistorier, projekt, nätverk och organisationsförteckningen.',
    },
    topic: 'Ämne',
    items: (n) => (n === 1 ? '1 post' : `${n} poster`),
    empty: 'Inget är kopplat till det här ämnet ännu.',
    description: (topic) => `Nyheter, berättelser, projekt, nätverk och organisationer om ${topic} i Medicon Valley.`,
    groups: { news: 'Nyheter', stories: 'Framgångshistorier', events: 'Evenemang', reports: 'Rapporter', projects: 'Projekt', networks: 'Nätverk', organisations: 'Organisationer' },
  },
  figures: { qualifiers: { moreThan: 'Mer än', atLeast: 'Minst', about: 'Cirka', closeTo: 'Nästan', upTo: 'Upp till', lessThan: 'Färre än' } },
  home: {
    aboutMva: 'Om MVA', becomeMember: 'Bli medlem', inFigures: 'Medicon Valley i siffror', latestNews: 'Senaste nytt', allNews: 'Alla nyheter',
    stories: 'Framgångshistorier', allStories: 'Alla berättelser', upcomingEvents: 'Kommande evenemang', allEvents: 'Alla evenemang',
    noEvents: 'Inga evenemang är planerade just nu.', seePastEvents: 'Se tidigare evenemang', networks: 'Nätverk', allNetworks: 'Alla nätverk',
    projects: 'Projekt', allProjects: 'Alla projekt',
  },
  search: {
    title: 'Sök',
    description: 'Sök bland nyheter, berättelser, projekt, nätverk, evenemang, rapporter, personer och sidor hos Medicon Valley Alliance.',
    landmark: 'Sök och filtrera', searchFor: 'Sök efter', contentType: 'Innehållstyp', allTypes: 'Alla typer', topic: 'Ämne', allTopics: 'Alla ämnen',
    year: 'År', anyYear: 'Alla år', button: 'Sök', results: 'Resultat', clearFilters: 'Rensa filter',
    needsScript: 'Sökningen körs i din webbläsare och kräver JavaScript. Utan JavaScript kan du bläddra bland avsnitten i menyn eller bland',
    browseTopics: 'ämnena', showMore: 'Visa fler resultat', searching: 'Söker …',
    status: {
      one: '{n} träff', many: '{n} träffar', forQuery: ' för ”{q}”', withFilters: ' med {filters}', found: '{count}{for}.', none: 'Inga träffar{for}{with}.',
      filterNames: { type: 'typ', topic: 'ämne', year: 'år' }, and: 'och',
      types: {
        News: 'Nyhet', Story: 'Berättelse', Project: 'Projekt', Network: 'Nätverk', Event: 'Evenemang', Report: 'Rapport', Person: 'Person',
        Organisation: 'Organisation', Topic: 'Ämne', Page: 'Sida',
      },
    },
  },
  moved: { title: 'Sidan har flyttats', description: (to) => `Sidan har flyttats till ${to}`, newAddress: 'Dess nya adress är' },
  notFound: {
    title: 'Sidan hittades inte',
    description: 'Sidan du söker finns inte på webbplatsen.',
    kicker: 'Fel 404',
    lead: 'Det finns ingen sida på den här adressen. Den kan ha flyttats, eller så är adressen felskriven.',
    goHome: 'Gå till',
    homePage: 'startsidan',
    orSections: ', eller prova något av de här avsnitten:',
    search: 'Sök på webbplatsen',
    sectionTexts: {
      news: 'Nyheter, pressmeddelanden och debattartiklar',
      projects: 'Gränsöverskridande projekt som vi leder eller deltar i',
      events: 'Möten, konferenser och nätverksträffar',
      reports: 'Analyser som State of Medicon Valley',
      directory: 'Organisationer och medlemmar i Medicon Valley',
    },
  },
};

/** The interface texts of every language: a language without a text is a type error. */
export const UI_TEXT: Readonly<Record<SiteLanguage, UiText>> = { en, da, sv };

/** The interface texts in a language (English when none is given). */
export const ui = (language: SiteLanguage = DEFAULT_LANGUAGE): UiText => UI_TEXT[language];

/** The interface texts of the page being rendered, from the language of its address. */
export const pageText = (astro: { url: URL }): UiText => UI_TEXT[languageOfPath(astro.url.pathname)];
