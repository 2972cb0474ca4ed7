// Types of organisation: value stored in Sanity, its label, and the directory's plural heading.
// Dependency-free: the Studio's option list, the site's zod enum and src/lib read this one list.

/** In the order the Studio lists them and the directory groups them. */
export const ORGANISATION_TYPES = [
  { value: 'company', title: 'Company', plural: 'Companies' },
  { value: 'university', title: 'University', plural: 'Universities' },
  { value: 'hospital', title: 'Hospital', plural: 'Hospitals' },
  { value: 'region', title: 'Region', plural: 'Regions' },
  { value: 'researchInfrastructure', title: 'Research infrastructure', plural: 'Research infrastructure' },
  { value: 'sciencePark', title: 'Science park', plural: 'Science parks' },
  { value: 'investor', title: 'Investor', plural: 'Investors' },
  { value: 'clusterOrganisation', title: 'Cluster organisation', plural: 'Cluster organisations' },
  { value: 'foundation', title: 'Foundation', plural: 'Foundations' },
  { value: 'other', title: 'Other', plural: 'Other' },
] as const;
