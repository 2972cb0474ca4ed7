// In the preview's pages only (astro.preview.config.mjs injects it): marks the placeholders of
// missing fields, and inside the Studio's Presentation tool turns the texts' stega marks into
// click-to-edit overlays.
import { MISSING } from './placeholders';

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
const rendered = document.querySelector<HTMLElement>('.mva-preview-bar')?.dataset['perspective'];

if (window.self !== window.top) {
  const { enableVisualEditing } = await import('@sanity/visual-editing');
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
    // The Studio changed a document: render the page again from the drafts.
    refresh: () => {
      window.location.reload();
      return new Promise(() => {});
    },
    // Another perspective (published, a content release): render from it, and keep it (a cookie).
    onPerspectiveChange: (perspective) => {
      const value = Array.isArray(perspective) ? perspective.join(',') : String(perspective);
      if (value === rendered) return;
      const url = new URL(location.href);
      url.searchParams.set('sanity-preview-perspective', value);
      location.replace(url);
    },
  });
}
