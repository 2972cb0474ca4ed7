// The title of a stored value, for Studio previews. The option lists themselves live in
// src/model (lists.ts and one file per type), shared with the site.

type Option = { readonly title: string; readonly value: string };

/** A list from src/model as the Studio's `options.list` takes it: a fresh array of title and value. */
export const optionList = (options: readonly Option[]) => options.map(({ title, value }) => ({ title, value }));

/** The title of a list value, for previews; falls back to the value itself. */
export function titleOf(options: readonly Option[], value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  return options.find((option) => option.value === value)?.title ?? value;
}
