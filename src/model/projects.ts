// A project's status and MVA's role in it: values stored in Sanity and their labels, for the
// Studio (title) and for visitors. Dependency-free: both workspaces and src/lib read these.

export const PROJECT_STATUSES = [
  { value: 'planned', title: 'Planned', heading: 'Planned projects' },
  { value: 'active', title: 'Active', heading: 'Active projects' },
  { value: 'completed', title: 'Completed', heading: 'Completed projects' },
] as const;

/** `text` for a project's page, `short` for lists and cards. */
export const MVA_ROLES = [
  { value: 'lead', title: 'Lead partner', text: 'MVA leads the project', short: 'Led by MVA' },
  { value: 'coordinator', title: 'Coordinator', text: 'MVA coordinates the project', short: 'Coordinated by MVA' },
  { value: 'partner', title: 'Partner', text: 'MVA is a partner in the project', short: 'MVA is partner' },
  {
    value: 'projectManagingPartner', title: 'Project managing partner',
    text: 'MVA is project-managing partner', short: 'MVA is project-managing partner',
  },
] as const;
