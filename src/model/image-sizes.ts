// Image sizes, in one place: the widths files are made in, how wide each use shows an image (CSS
// pixels; files up to twice that are offered), and the share card's size. No imports.

/** The widths images are prepared in; a request picks the ones up to its largest need. */
export const IMAGE_WIDTHS = [480, 960, 1440] as const;

/** Share cards (drawn ones and editors' images cut to fit): what every network shows well. */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** A use's largest width (CSS pixels) and its `sizes` attribute, by default up to that width. */
const use = (width: number, sizes = (shown: number) => `(min-width: ${shown / 16}rem) ${shown}px, 100vw`) => ({ width, sizes: sizes(width) });

/** How each use shows an image: SanityImage takes the name, so components import nothing for it. */
export const IMAGE_USES = {
  hero: use(1200, (shown) => `(min-width: 76rem) ${shown}px, 100vw`),
  /** An image in a Portable Text body */
  body: use(760, (shown) => `(min-width: 50rem) ${shown}px, 100vw`),
  card: use(480),
  /** A feed item's enclosure */
  feed: use(480),
  pressImage: use(360, (shown) => `(min-width: 60rem) ${shown}px, 100vw`),
  reportCover: use(288, () => '(min-width: 60rem) 18rem, 60vw'),
  portrait: use(192, () => '12rem'),
  reportThumb: use(160, () => '8rem'),
  personPhoto: use(96, (shown) => `${shown}px`),
} as const;

export type ImageUse = keyof typeof IMAGE_USES;
