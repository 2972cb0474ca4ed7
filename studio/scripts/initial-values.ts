// Prints, as JSON, the document every initial-value template of the Studio starts, the way the
// Studio resolves it, so tests can check that a new document passes the Studio and the build.
//
// Usage: npm run --silent initial-values -w studio -- [dataset folder]
// Queries of templates (the press contacts) answer from the dataset, by default the bundled one.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSchema, defaultTemplatesForSchema, prepareTemplates, resolveInitialValue, type InitialValueResolverContext } from 'sanity';
import { NEWS_KINDS } from '../../src/model/news-kinds';
import { workspaceSchemaTypes } from '../schemas';
import { NEWS_BY_KIND_TEMPLATE, templates } from '../templates';
import { loadDataset } from './validate/dataset';
import { createLocalClient } from './validate/local-client';

const target = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const datasetPath = target
  ? path.resolve(process.env.INIT_CWD ?? process.cwd(), target)
  : fileURLToPath(new URL('../seed/production/', import.meta.url));
const client = createLocalClient(loadDataset(datasetPath).published);
const schema = createSchema({ name: 'default', types: workspaceSchemaTypes });
// The config's `templates: (prev) => [...prev, ...templates]`, with the defaults as `prev`.
const all = prepareTemplates(schema, [...defaultTemplatesForSchema(schema), ...templates]);
const context = {
  getClient: () => client,
  schema,
  currentUser: null,
  projectId: 'offline',
  dataset: 'offline',
} as unknown as InitialValueResolverContext;

/** Parameters a template is opened with: the per-kind template once for each kind. */
const paramsFor = (id: string) => (id === NEWS_BY_KIND_TEMPLATE ? NEWS_KINDS.map(({ value }) => ({ kind: value })) : [{}]);

// The resolver schedules work through `window.scheduler` when there is one; here there is no window.
(globalThis as { window?: unknown }).window ??= globalThis;

const resolved = [];
for (const template of all) {
  for (const params of paramsFor(template.id)) {
    const value = await resolveInitialValue(schema, template, params, context, { useCache: false });
    resolved.push({ template: template.id, schemaType: template.schemaType, params, value });
  }
}
console.log(JSON.stringify(resolved, null, 2));
