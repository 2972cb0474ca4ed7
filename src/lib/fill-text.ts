// Texts with places to fill, for the client scripts: an island's props and a script's data are
// JSON, so their texts (src/lib/ui-text.ts) come as strings with `{name}` places, not functions.
// On its own so a client bundle takes this and not the whole dictionary.

/** A text with its `{name}` places filled in: fillText('{n} results', { n: 3 }) is "3 results"; unknown places stay. */
export const fillText = (template: string, values: Readonly<Record<string, string | number>>) =>
  template.replace(/\{(\w+)\}/g, (place, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : place));
