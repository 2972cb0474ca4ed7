// The logo's one source: the mark in logo-mark.svg and the wordmark's type. The header, the favicon,
// the press-kit files (scripts/press-kit-logos.mjs) and the share cards are all drawn from these.
import mark from './logo-mark.svg?raw';

/** The mark as SVG markup (32 × 32 viewBox), as stored. */
export const LOGO_MARK_SVG = mark.trim();

/** The mark for inline use beside the name: decorative, sized by the caller. */
export const logoMarkInline = (size: number) =>
  LOGO_MARK_SVG.replace('width="32" height="32"', `width="${size}" height="${size}" aria-hidden="true" focusable="false"`);

/** The mark as a data URL, for drawings that take an image (the share cards). */
export const logoMarkDataUrl = () => `data:image/svg+xml;base64,${Buffer.from(LOGO_MARK_SVG).toString('base64')}`;
