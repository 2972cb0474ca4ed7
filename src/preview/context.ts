// What one preview request asks for, reachable from the content functions the pages call: the
// preview middleware runs each request inside `previewRequest.run()`.
import { AsyncLocalStorage } from 'node:async_hooks';

/** `published`, `drafts`, or a stack of content releases (first wins) over the drafts. */
export type Perspective = 'published' | 'drafts' | string[];

export interface PreviewRequest {
  perspective: Perspective;
  /** Stega-encode texts for click-to-edit overlays: only inside the Studio's Presentation tool. */
  stega: boolean;
}

export const previewRequest = new AsyncLocalStorage<PreviewRequest>();

/** The request being rendered; outside a request (a script, a test): drafts, no stega. */
export const currentRequest = (): PreviewRequest => previewRequest.getStore() ?? { perspective: 'drafts', stega: false };

/** `drafts`, `published`, or `rA,rB` (a stack of releases), as the Presentation tool sends it. */
export function parsePerspective(raw: string | null | undefined): Perspective {
  const value = raw?.trim();
  if (!value || value === 'drafts' || value === 'previewDrafts') return 'drafts';
  if (value === 'published') return 'published';
  const stack = value.split(',').map((part) => part.trim()).filter((part) => /^[A-Za-z0-9._-]+$/.test(part) && part !== 'published');
  return stack.length > 0 ? stack : 'drafts';
}

export const perspectiveKey = (perspective: Perspective): string =>
  Array.isArray(perspective) ? perspective.join(',') : perspective;
