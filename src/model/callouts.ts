// The tones of a callout in running text: value stored in Sanity and its label. Dependency-free.

export const CALLOUT_TONES = [
  { value: 'info', title: 'Information' },
  { value: 'success', title: 'Success' },
  { value: 'warning', title: 'Warning' },
] as const;

/** What a callout without a tone is. */
export const DEFAULT_CALLOUT_TONE = 'info';
