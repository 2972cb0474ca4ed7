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

if (window.self !== window.top) {
  const { enableVisualEditing } = await import('@sanity/visual-editing');
  enableVisualEditing({
    // The Studio changed a document: render the page again from the drafts.
    refresh: () => {
      window.location.reload();
      return new Promise(() => {});
    },
  });
}
