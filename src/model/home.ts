// How many documents of each type the home page shows, newest (or soonest, or first) first: the
// site's home page picks them (src/pages/[...lang]/index.astro) and the Studio says which documents appear
// there (studio/presentation/locations.ts). Networks: all of them. Dependency-free.

export const HOME_LIMITS = {
  newsArticle: 6,
  successStory: 3,
  event: 3,
  project: 6,
  network: Number.POSITIVE_INFINITY,
} as const;

/** How many documents of a type the home page shows; undefined for a type it shows none of. */
export const homeLimit = (type: string): number | undefined =>
  Object.hasOwn(HOME_LIMITS, type) ? HOME_LIMITS[type as keyof typeof HOME_LIMITS] : undefined;
