// What the preview's page script (client.ts) and its server share: no imports, so the page's
// bundle stays small.

/** Sent by the frame's own fetch when it renders the page again in place: keep the click-to-edit marks. */
export const FRAME_RENDER_HEADER = 'x-mva-preview-frame';

/** Answers which revision of a document the preview renders now (routes.ts). */
export const REVISION_PATH = '/api/draft-mode/revision';
