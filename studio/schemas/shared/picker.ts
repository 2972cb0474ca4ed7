// Reference pickers: every reference field keeps its own filter, narrowed by the rules all
// pickers follow (nothing under embargo: shared/embargo.ts; originals, not translations:
// shared/language.ts), so an editor is offered only what the document may link to.
type PickerFilter = { filter?: string; params?: Record<string, unknown> };
type FilterContext = { document: Record<string, unknown> | undefined };
type ReferenceOptions = {
  filter?: string | ((context: FilterContext) => PickerFilter | Promise<PickerFilter>);
  filterParams?: Record<string, unknown>;
  [option: string]: unknown;
};

/** One rule for every picker: a GROQ condition on the offered documents, with its parameters. */
export type PickerRule = (document: Record<string, unknown> | undefined) => { filter: string; params?: Record<string, unknown> };

/** A reference field's options with the rules added to any filter it already had. */
function narrowed(options: ReferenceOptions | undefined, rules: PickerRule[]): ReferenceOptions {
  const { filter: existing, filterParams, ...rest } = options ?? {};
  return {
    ...rest,
    filter: async (context: FilterContext) => {
      const base: PickerFilter =
        typeof existing === 'function' ? await existing(context) : existing ? { filter: existing, params: filterParams ?? {} } : {};
      const applied = rules.map((rule) => rule(context.document));
      return {
        filter: [...(base.filter ? [`(${base.filter})`] : []), ...applied.map(({ filter }) => filter)].join(' && '),
        params: Object.assign({}, base.params, ...applied.map(({ params }) => params ?? {})),
      };
    },
  };
}

type Definition = { type?: string; fields?: Definition[]; of?: Definition[]; options?: unknown; [key: string]: unknown };

/** Applies `rules` to every reference field of a type, in arrays and nested objects too. */
export function withPickerRules(rules: PickerRule[]) {
  return <T>(type: T): T => {
    const visit = (definition: Definition): Definition => {
      if (definition.type === 'reference') return { ...definition, options: narrowed(definition.options as ReferenceOptions | undefined, rules) };
      return {
        ...definition,
        ...(definition.fields ? { fields: definition.fields.map(visit) } : {}),
        ...(definition.of ? { of: definition.of.map(visit) } : {}),
      };
    };
    return visit(type as Definition) as T;
  };
}
