// The types of organisation: value stored in Sanity and the directory's plural heading, in the
// order the directory shows them. Dependency-free: the site's zod schema and src/lib read it.

export const ORGANISATION_TYPES = [
  { value: 'company', plural: 'Companies' },
  { value: 'university', plural: 'Universities' },
  { value: 'hospital', plural: 'Hospitals' },
  { value: 'region', plural: 'Regions' },
  { value: 'researchInfrastructure', plural: 'Research infrastructure' },
  { value: 'sciencePark', plural: 'Science parks' },
  { value: 'investor', plural: 'Investors' },
  { value: 'clusterOrganisation', plural: 'Cluster organisations' },
  { value: 'foundation', plural: 'Foundations' },
  { value: 'other', plural: 'Other' },
] as const;

export type OrganisationType = (typeof ORGANISATION_TYPES)[number]['value'];

/** The stored values, in directory order, as a tuple for `z.enum`. */
export const ORGANISATION_TYPE_VALUES = ORGANISATION_TYPES.map((type) => type.value) as unknown as readonly [
  OrganisationType,
  ...OrganisationType[],
];
