// A page's data from its route's params, in one place for both ways a page is made: the static
// build hands getStaticPaths' props to the page (Astro.props); the draft preview renders on
// request, where Astro calls no getStaticPaths, so the same getStaticPaths is asked here, once per
// version of the drafts, and the entry whose params match is the page's.
import type { AstroGlobal } from 'astro';

type PathEntry = { params: Record<string, string | number | undefined>; props?: Record<string, unknown> };
type PathsFunction = () => Promise<PathEntry[]> | PathEntry[];

const byPaths = new WeakMap<PathsFunction, { version: string; props: Map<string, Record<string, unknown>> }>();

const paramsKey = (params: Record<string, string | number | undefined>) =>
  JSON.stringify(Object.keys(params).sort().map((name) => [name, params[name] === undefined ? '' : String(params[name])]));

/** The page's props; undefined in the preview when no document has that address (a 404). */
export async function routeProps<P>(astro: Pick<AstroGlobal, 'props' | 'params'>, getStaticPaths: PathsFunction): Promise<P | undefined> {
  if (!import.meta.env.MVA_PREVIEW) return astro.props as P;
  const version = await (await import('./live-content')).liveVersion();
  let known = byPaths.get(getStaticPaths);
  if (known?.version !== version) {
    const props = new Map<string, Record<string, unknown>>();
    for (const entry of await getStaticPaths()) props.set(paramsKey(entry.params), entry.props ?? {});
    known = { version, props };
    byPaths.set(getStaticPaths, known);
  }
  return known.props.get(paramsKey(astro.params)) as P | undefined;
}
