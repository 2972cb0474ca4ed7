// "Open preview": the document's page in the Preview (Presentation) tool, drafts shown as they will look.
import { EyeOpenIcon } from '@sanity/icons/EyeOpen';
import type { DocumentActionComponent } from 'sanity';
import { useRouter } from 'sanity/router';
import { pathFor } from '../presentation/site-paths';

type Slugged = { slug?: { current?: string } } | null | undefined;

/** The Presentation tool's edit intent mode (its EDIT_INTENT_MODE): open the document there. */
const PRESENTATION_MODE = 'presentation';

/** The intent that opens a document beside its page in the Presentation tool; none without a slug. */
export function previewIntent(id: string, type: string, slug: string | undefined) {
  const preview = pathFor(type, slug);
  return preview ? { id, type, mode: PRESENTATION_MODE, preview } : undefined;
}

/** Offered on every routable type; the version being edited decides the address. */
export const OpenPreviewAction: DocumentActionComponent = ({ id, type, version, draft, published }) => {
  const { navigateIntent } = useRouter();
  const slug = ((version ?? draft ?? published) as Slugged)?.slug?.current;
  const intent = previewIntent(id, type, slug);
  return {
    label: 'Open preview',
    icon: EyeOpenIcon,
    disabled: !intent,
    title: intent ? `See ${intent.preview} with your changes, before publishing` : 'Give it a web address (slug) first: the preview opens its page',
    onHandle: () => {
      if (intent) navigateIntent('edit', intent);
    },
  };
};
OpenPreviewAction.displayName = 'OpenPreviewAction';
