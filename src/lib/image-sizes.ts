// Image sizes, in one place: the widths files are made in, how wide each use shows an image (CSS
// pixels; files up to twice that are offered), and the share card's size. No imports.

/** The widths images are prepared in; a request picks the ones up to its largest need. */
export const IMAGE_WIDTHS = [480, 960, 1440] as const;

/** Share cards (drawn ones and editors' images cut to fit): what every network shows well. */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** How wide each use shows an image at most. */
export const SHOWN_WIDTH = {
  hero: 1200,
  /** An image in a Portable Text body */
  body: 760,
  card: 480,
  /** A feed item's enclosure */
  feed: 480,
  pressImage: 360,
  reportCover: 288,
  portrait: 192,
  reportThumb: 160,
  personPhoto: 96,
} as const;
