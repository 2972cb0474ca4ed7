// Publish that remembers the slug a document was published under when the new version changes it,
// so the old address redirects (src/lib/redirects.ts) instead of breaking shared links.
import { useEffect, useState } from 'react';
import { type DocumentActionComponent, useDocumentOperation } from 'sanity';
import { FORMER_SLUGS, nextFormerSlugs } from '../schemas/shared/slug-history';

type Slugged = { slug?: { current?: string }; [FORMER_SLUGS]?: string[] } | null | undefined;

/** Wraps the Studio's publish action; on documents whose slug did not change it is that action. */
export function withSlugHistory(publish: DocumentActionComponent): DocumentActionComponent {
  const action: DocumentActionComponent = (props) => {
    // The wrapped action is a hook-using component too: call it first, every render.
    const original = publish(props);
    const { patch } = useDocumentOperation(props.id, props.type);
    const [publishing, setPublishing] = useState(false);
    useEffect(() => {
      if (publishing && !props.draft) setPublishing(false);
    }, [publishing, props.draft]);
    const draft = props.draft as Slugged;
    const before = (props.published as Slugged)?.slug?.current;
    const after = draft?.slug?.current;
    if (!original || !draft || !before || before === after) return original;
    return {
      ...original,
      label: publishing ? 'Publishing…' : original.label,
      onHandle: () => {
        setPublishing(true);
        patch.execute([{ set: { [FORMER_SLUGS]: nextFormerSlugs(draft[FORMER_SLUGS], before, after) } }]);
        original.onHandle?.();
      },
    };
  };
  action.action = publish.action;
  action.displayName = 'PublishWithSlugHistory';
  return action;
}
