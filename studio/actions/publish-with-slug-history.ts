// Publish that fills in what publishing means: the slug a document was published under, when the
// new version changes it, so the old address redirects (src/lib/redirects.ts) instead of breaking
// shared links; and, on the first publish, the publishing date, unless an editor chose one.
import { useEffect, useState } from 'react';
import { type DocumentActionComponent, useDocumentOperation } from 'sanity';
import { pathFor } from '../presentation/site-paths';
import { FORMER_SLUGS, nextFormerSlugs } from '../schemas/shared/slug-history';

type Publishable = {
  slug?: { current?: string };
  publishedAt?: string;
  [FORMER_SLUGS]?: string[];
} | null | undefined;

/**
 * The fields publishing sets, or undefined when it sets none: former slugs when the slug changed;
 * `publishedAt` when the draft leaves it empty: `now` on the first publish (nothing published
 * yet), else the date the published version carries, so a republish never dates it anew.
 */
export function publishPatch(
  draft: Publishable,
  published: Publishable,
  { now, hasPublishedAt }: { now: Date; hasPublishedAt: boolean },
): Record<string, unknown> | undefined {
  if (!draft) return undefined;
  const set: Record<string, unknown> = {};
  const before = published?.slug?.current;
  const after = draft.slug?.current;
  if (before && before !== after) set[FORMER_SLUGS] = nextFormerSlugs(draft[FORMER_SLUGS], before, after);
  if (hasPublishedAt && !draft.publishedAt) set['publishedAt'] = published?.publishedAt ?? now.toISOString();
  return Object.keys(set).length > 0 ? set : undefined;
}

/**
 * What Publish asks before it moves a published page to a new address; undefined when the
 * address stays (or was never published).
 */
export function addressChange(type: string, published: Publishable, draft: Publishable): string | undefined {
  const before = published?.slug?.current;
  const after = draft?.slug?.current;
  if (!before || !after || before === after) return undefined;
  const [from, to] = [pathFor(type, before) ?? before, pathFor(type, after) ?? after];
  return `Publishing moves this page from ${from} to ${to}. The old address will keep working: it will redirect to the new one.`;
}

/**
 * Wraps the Studio's publish action; when publishing sets nothing it is that action.
 * `hasPublishedAt`: the type has a `publishedAt` field to fill in on the first publish.
 */
export function withSlugHistory(publish: DocumentActionComponent, { hasPublishedAt = false } = {}): DocumentActionComponent {
  const action: DocumentActionComponent = (props) => {
    // The wrapped action is a hook-using component too: call it first, every render.
    const original = publish(props);
    const { patch } = useDocumentOperation(props.id, props.type);
    const [publishing, setPublishing] = useState(false);
    const [confirming, setConfirming] = useState(false);
    useEffect(() => {
      if (publishing && !props.draft) setPublishing(false);
    }, [publishing, props.draft]);
    const set = publishPatch(props.draft as Publishable, props.published as Publishable, { now: new Date(), hasPublishedAt });
    if (!original || !set) return original;
    const moving = addressChange(props.type, props.published as Publishable, props.draft as Publishable);
    const run = () => {
      setPublishing(true);
      // Computed again at the click: the label may have been rendered a while ago.
      const latest = publishPatch(props.draft as Publishable, props.published as Publishable, { now: new Date(), hasPublishedAt });
      if (latest) patch.execute([{ set: latest }]);
      original.onHandle?.();
    };
    return {
      ...original,
      label: publishing ? 'Publishing…' : original.label,
      onHandle: () => (moving ? setConfirming(true) : run()),
      dialog:
        confirming && moving
          ? {
              type: 'confirm',
              tone: 'caution',
              message: moving,
              confirmButtonText: 'Publish at the new address',
              cancelButtonText: 'Cancel',
              onConfirm: () => {
                setConfirming(false);
                run();
              },
              onCancel: () => setConfirming(false),
            }
          : original.dialog,
    };
  };
  action.action = publish.action;
  action.displayName = 'PublishWithSlugHistory';
  return action;
}
