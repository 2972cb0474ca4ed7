// In the preview's pages only (astro.preview.config.mjs injects it): marks the placeholders of
// missing fields, and inside the Studio's Presentation tool turns the texts' stega marks into
// click-to-edit overlays.
import { MISSING } from './placeholders';
import { FRAME_RENDER_HEADER, REVISION_PATH } from './protocol';

function markPlaceholders(): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.includes(MISSING) && !node.parentElement?.closest('.mva-preview-problems')) found.push(node as Text);
  }
  for (const node of found) {
    const mark = document.createElement('mark');
    mark.className = 'mva-preview-missing';
    node.replaceWith(mark);
    mark.append(node);
  }
}

markPlaceholders();

/** The perspective this page was rendered from, as the preview bar records it. */
const renderedPerspective = () => document.querySelector<HTMLElement>('.mva-preview-bar')?.dataset['perspective'];

interface Target {
  id: string;
  rev: string;
}

const POLL_MS = 150;
/** How long the frame waits for a revision before it renders what the server has. */
const WAIT_MS = 10_000;

/** Waits until the preview server renders revision `rev` of the document (or gives up). */
async function revisionArrived(target: () => Target | undefined): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    const wanted = target();
    if (!wanted) return;
    const answer = await fetch(`${REVISION_PATH}?id=${encodeURIComponent(wanted.id)}`, { credentials: 'same-origin', cache: 'no-store' }).catch(() => undefined);
    if (!answer?.ok) return;
    const { rev } = (await answer.json()) as { rev: string | null };
    if (rev === target()?.rev) return;
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}

/** Renders the page again and swaps it in: the frame stays, and so do the Studio's messages. */
async function renderInPlace(): Promise<void> {
  const answer = await fetch(location.href, { credentials: 'same-origin', cache: 'no-store', headers: { [FRAME_RENDER_HEADER]: '1' } });
  if (!(answer.headers.get('content-type') ?? '').includes('text/html')) {
    location.reload();
    return;
  }
  const next = new DOMParser().parseFromString(await answer.text(), 'text/html');
  document.title = next.title;
  for (const { name } of [...document.body.attributes]) if (!next.body.hasAttribute(name)) document.body.removeAttribute(name);
  for (const { name, value } of [...next.body.attributes]) document.body.setAttribute(name, value);
  // Scripts parsed here do not run again: the page's own (this one among them) keep running.
  document.body.replaceChildren(...[...next.body.childNodes].map((node) => document.adoptNode(node)));
  markPlaceholders();
}

/**
 * The Studio says a document changed, often before its mutation reaches the Content Lake, and says
 * it again while the page renders: one render at a time, each after the newest revision asked for.
 */
function refresher(): (target: Target | undefined) => Promise<void> {
  let latest: Target | undefined;
  let asked = 0;
  let running: Promise<void> | undefined;
  return (target) => {
    latest = target;
    asked++;
    running ??= (async () => {
      try {
        for (let done = 0; done !== asked; ) {
          const round = asked;
          await revisionArrived(() => latest);
          await renderInPlace();
          done = round;
        }
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
}

if (window.self !== window.top) {
  const { enableVisualEditing } = await import('@sanity/visual-editing');
  const refresh = refresher();
  enableVisualEditing({
    // The Presentation tool follows the frame's address (which document is shown) and moves it.
    history: {
      subscribe: (navigate) => {
        navigate({ type: 'push', url: `${location.pathname}${location.search}` });
        return () => {};
      },
      update: (update) => {
        if (update.type === 'pop') history.back();
        else if (update.url !== `${location.pathname}${location.search}`) location.assign(update.url);
      },
    },
    // The Studio changed a document: render the page again from the drafts, in place, once the
    // preview has that revision. Its reload button reloads the page.
    refresh: (payload) => {
      if (payload.source === 'manual') {
        window.location.reload();
        return new Promise(() => {});
      }
      const doc = payload.document;
      return refresh(doc?._id && doc._rev ? { id: doc._id, rev: doc._rev } : undefined);
    },
    // Another perspective (published, a content release): render from it, and keep it (a cookie).
    onPerspectiveChange: (perspective) => {
      const value = Array.isArray(perspective) ? perspective.join(',') : String(perspective);
      if (value === renderedPerspective()) return;
      const url = new URL(location.href);
      url.searchParams.set('sanity-preview-perspective', value);
      location.replace(url);
    },
  });
}
