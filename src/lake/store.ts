// The lake's documents: one dataset folder in export form, held in memory in the API's form,
// changed only by whole transactions, each on disk (an atomic replace of data.ndjson) before it is
// acknowledged. Queries run on groq-js; mutations and patches on Sanity's own @sanity/mutator.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Mutation } from '@sanity/mutator';
import { evaluate, evaluateSync, parse, toJS } from 'groq-js';
import {
  type AssetFile, type AssetMeta, assetDocument, assetFile, type Doc, metaKey, toApiForm, toExportForm,
} from './export-form.ts';

/** A request the lake refuses: `status` 400 (malformed), 404 or 409 (conflict), with Sanity's error shape. */
export class LakeError extends Error {
  readonly status: number;
  readonly type: string;
  constructor(status: number, message: string, type = status === 409 ? 'mutationError' : 'validationError') {
    super(message);
    this.status = status;
    this.type = type;
  }
}

export type Perspective = 'raw' | 'published' | 'drafts' | string[];

/** One document changed by a transaction. */
export interface Change {
  id: string;
  before: Doc | null;
  after: Doc | null;
  /** The mutations of the transaction that touched this document, in order */
  mutations: Record<string, unknown>[];
}

export interface Committed {
  transactionId: string;
  timestamp: string;
  identity: string;
  changes: Change[];
}

export interface StoreOptions {
  /** The lake's address, for asset URLs */
  baseUrl: string;
  projectId: string;
  dataset: string;
  /** Tests: runs after a file's temporary copy is written, before it replaces the file */
  beforeReplace?: (file: string) => void | Promise<void>;
}

export const IDENTITY = 'local-editor';
const ID = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const isDraft = (id: string) => id.startsWith('drafts.');
const isVersion = (id: string) => id.startsWith('versions.');
/** The published id of any id: `drafts.x` and `versions.r.x` are versions of `x`. */
export const publishedId = (id: string) => (isDraft(id) ? id.slice(7) : isVersion(id) ? id.split('.').slice(2).join('.') : id);

/** A reference anywhere in a document: `{ _ref, _weak?, _strengthenOnPublish?, ... }`. */
export type Reference = Record<string, unknown> & { _ref: string };

/** Calls `visit` with every reference in a value, outer ones before those inside them. */
export function eachReference(value: unknown, visit: (reference: Reference) => void): void {
  if (Array.isArray(value)) for (const item of value) eachReference(item, visit);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record._ref === 'string') visit(record as Reference);
    for (const [key, child] of Object.entries(record)) if (key !== '_ref') eachReference(child, visit);
  }
}

/** The ids a document references strongly (not `_weak`), anywhere in it. */
export function strongReferences(value: unknown, found = new Set<string>()): Set<string> {
  eachReference(value, (reference) => {
    if (reference._weak !== true) found.add(reference._ref);
  });
  return found;
}

/**
 * As in the Content Lake, a document that others still reference strongly cannot be deleted (nor
 * unpublished): the whole transaction is refused with 409, naming who refers to it.
 */
function checkReferences(changes: Change[], next: Map<string, Doc>): void {
  const removed = new Set(changes.filter((change) => change.before && !change.after).map((change) => change.id));
  if (removed.size === 0) return;
  const referrers = new Map<string, string[]>();
  for (const doc of next.values()) {
    for (const ref of strongReferences(doc)) {
      if (removed.has(ref) && ref !== doc._id) referrers.set(ref, [...(referrers.get(ref) ?? []), doc._id]);
    }
  }
  const [id, from] = [...referrers][0] ?? [];
  if (id && from) {
    const named = from.slice(0, 5).map((ref) => `"${ref}"`).join(', ');
    throw new LakeError(409, `Document "${id}" cannot be deleted as there are references to it from ${named}${from.length > 5 ? ` and ${from.length - 5} more` : ''}`, 'documentHasExistingReferencesError');
  }
}

/** A transaction under way: reads see its own writes; nothing is kept until `commit`. */
export class Transaction {
  readonly id: string;
  readonly timestamp: string;
  readonly #store: LakeStore;
  readonly #written = new Map<string, Doc | null>();
  readonly #mutations = new Map<string, Record<string, unknown>[]>();
  readonly order: string[] = [];
  /** Operation per document, for the mutate endpoint's `results` */
  readonly results: { id: string; operation: 'create' | 'update' | 'delete' }[] = [];

  constructor(store: LakeStore, id?: string) {
    this.#store = store;
    if (id !== undefined && (typeof id !== 'string' || !ID.test(id))) throw new LakeError(400, `transactionId "${String(id)}" is not a valid id`);
    this.id = id ?? randomUUID().replace(/-/g, '').slice(0, 22);
    this.timestamp = new Date().toISOString();
  }

  get(id: string): Doc | null {
    return this.#written.has(id) ? this.#written.get(id)! : this.#store.get(id);
  }

  /** Applies one mutation (create, createOrReplace, createIfNotExists, delete, patch) to one document. */
  apply(id: string, mutation: Record<string, unknown>, operation: 'create' | 'update' | 'delete'): void {
    checkId(id);
    if (this.#store.isAsset(id)) throw new LakeError(400, `Document "${id}" is an asset: upload a new one instead of changing it`);
    const before = this.get(id);
    let after: Doc | null;
    try {
      const body = structuredClone(mutation);
      after = new Mutation({ mutations: [body], resultRev: this.id, timestamp: this.timestamp }).apply(before ? structuredClone(before) : null) as Doc | null;
    } catch (error) {
      throw new LakeError(400, `Mutation on "${id}" is malformed: ${(error as Error).message}`);
    }
    if (after) {
      if (after._id !== id) throw new LakeError(400, `Mutation on "${id}" would change its _id to "${String(after._id)}"`);
      if (typeof after._type !== 'string' || !after._type) throw new LakeError(400, `Document "${id}" needs a _type`);
      after._createdAt ??= this.timestamp;
    }
    if (!this.#written.has(id)) this.order.push(id);
    this.#written.set(id, after);
    const list = this.#mutations.get(id) ?? [];
    list.push(mutation);
    this.#mutations.set(id, list);
    this.results.push({ id, operation });
  }

  changes(): Change[] {
    return this.order
      .map((id) => ({ id, before: this.#store.get(id), after: this.#written.get(id) ?? null, mutations: this.#mutations.get(id) ?? [] }))
      .filter((change) => change.before !== null || change.after !== null);
  }
}

export function checkId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || !ID.test(id)) throw new LakeError(400, `Document ID "${String(id)}" is not valid: use 1-128 of a-z, A-Z, 0-9, ".", "_" and "-", not starting with "-" or "."`);
}

type Listener = (committed: Committed) => void;

export class LakeStore {
  readonly dir: string;
  readonly options: StoreOptions;
  /** Every document but assets, in API form, in file order */
  #docs = new Map<string, Doc>();
  /** Asset documents, made from the files and assets.json */
  #assets = new Map<string, Doc>();
  #meta: Record<string, AssetMeta> = {};
  #files = new Set<string>();
  #listeners = new Set<Listener>();
  /** Transactions run one after another */
  #queue: Promise<unknown> = Promise.resolve();
  /** Changes with every commit: lets readers cache per version */
  version = 0;

  private constructor(dir: string, options: StoreOptions) {
    this.dir = dir;
    this.options = options;
  }

  /** Opens a dataset folder in export form (data.ndjson, assets.json, images/, files/). */
  static async open(dir: string, options: StoreOptions): Promise<LakeStore> {
    const store = new LakeStore(dir, options);
    await store.#load();
    return store;
  }

  async #load(): Promise<void> {
    const file = join(this.dir, 'data.ndjson');
    if (!existsSync(file)) throw new Error(`The lake's dataset has no data.ndjson: ${file}`);
    const text = await readFile(file, 'utf8');
    for (const [index, line] of text.split('\n').entries()) {
      if (!line.trim()) continue;
      let doc: Doc;
      try {
        doc = JSON.parse(line) as Doc;
      } catch (error) {
        throw new Error(`${file}:${index + 1}: not valid JSON (${(error as Error).message})`);
      }
      if (typeof doc?._id !== 'string' || typeof doc._type !== 'string') throw new Error(`${file}:${index + 1}: expected a document with string _id and _type`);
      // A --raw export keeps its asset documents in data.ndjson: they stay documents.
      this.#docs.set(doc._id, toApiForm(doc));
    }
    const metaFile = join(this.dir, 'assets.json');
    if (existsSync(metaFile)) this.#meta = JSON.parse(await readFile(metaFile, 'utf8')) as Record<string, AssetMeta>;
    for (const folder of ['images', 'files']) {
      const names = await readdir(join(this.dir, folder)).catch(() => [] as string[]);
      for (const name of names) {
        const asset = assetFile(`${folder}/${name}`);
        if (asset) this.#addAsset(asset, this.#meta[metaKey(asset)] ?? {});
      }
    }
  }

  #addAsset(file: AssetFile, meta: AssetMeta): Doc {
    const doc = assetDocument(file, meta, this.options);
    this.#files.add(file.path);
    this.#assets.set(doc._id, doc);
    return doc;
  }

  isAsset(id: string): boolean {
    return this.#assets.has(id);
  }

  get(id: string): Doc | null {
    return this.#docs.get(id) ?? this.#assets.get(id) ?? null;
  }

  /** Every document, assets included, as the raw perspective shows them. */
  all(): Doc[] {
    return [...this.#docs.values(), ...this.#assets.values()];
  }

  /** The documents of a perspective: published only, drafts over published, or a release stack over them. */
  documents(perspective: Perspective): Doc[] {
    const all = this.all();
    if (perspective === 'raw') return all;
    // Outside the raw perspective every document says which stored document it is (`_originalId`).
    const byId = new Map<string, Doc>();
    for (const doc of all) if (!isDraft(doc._id) && !isVersion(doc._id)) byId.set(doc._id, { ...doc, _originalId: doc._id });
    const layers = perspective === 'published' ? [] : perspective === 'drafts' ? ['drafts'] : [...perspective].reverse();
    for (const layer of layers) {
      if (layer === 'published') continue;
      const prefix = layer === 'drafts' ? 'drafts.' : `versions.${layer}.`;
      for (const doc of all) {
        if (!doc._id.startsWith(prefix)) continue;
        const id = doc._id.slice(prefix.length);
        byId.set(id, { ...doc, _id: id, _originalId: doc._id });
      }
    }
    return [...byId.values()];
  }

  #views = new Map<string, { version: number; docs: Doc[]; byId: Map<string, Doc> }>();

  /** A perspective's documents and an index of them, kept until the next commit. */
  #view(perspective: Perspective) {
    const key = Array.isArray(perspective) ? perspective.join(',') : perspective;
    let view = this.#views.get(key);
    if (view?.version !== this.version) {
      const docs = this.documents(perspective);
      view = { version: this.version, docs, byId: new Map(docs.map((doc) => [doc._id, doc])) };
      this.#views.set(key, view);
    }
    return view;
  }

  /** Runs a GROQ query over a perspective's documents (groq-js: synchronous, else asynchronous). */
  async query(query: string, params: Record<string, unknown>, perspective: Perspective): Promise<unknown> {
    let tree;
    try {
      tree = parse(query, { params });
    } catch (error) {
      throw new LakeError(400, `GROQ query is malformed: ${(error as Error).message}`, 'queryParseError');
    }
    const { docs, byId } = this.#view(perspective);
    const options = {
      dataset: docs,
      params,
      identity: IDENTITY,
      sanity: { projectId: this.options.projectId, dataset: this.options.dataset },
      dereference: ({ _ref }: { _ref: string }) => byId.get(_ref) ?? null,
    };
    try {
      try {
        return await evaluateSync(tree, options).get();
      } catch {
        return await (await evaluate(tree, options)).get();
      }
    } catch (error) {
      throw new LakeError(400, `GROQ query failed: ${(error as Error).message}`, 'queryError');
    }
  }

  /** Ids the query's filter selects, for mutations that patch or delete `{query}`. */
  idsFor(query: string, params: Record<string, unknown>): string[] {
    let result: unknown;
    try {
      const value = evaluateSync(parse(query, { params }), { dataset: this.all(), params, identity: IDENTITY });
      if ((value as { type: string }).type === 'stream') throw new Error('it needs the asynchronous evaluator');
      result = toJS(value);
    } catch (error) {
      throw new LakeError(400, `GROQ query "${query}" cannot select documents to change: ${(error as Error).message}`, 'queryError');
    }
    const list = Array.isArray(result) ? result : result ? [result] : [];
    return list.map((doc) => (doc as Doc)?._id).filter((id): id is string => typeof id === 'string');
  }

  onCommit(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Runs `build` on a new transaction, then keeps all of it or none: it is written to disk, and only
   * then applied in memory and told to listeners. An error anywhere leaves everything as it was.
   */
  transact(build: (tx: Transaction) => void, options: { transactionId?: string | undefined; dryRun?: boolean | undefined } = {}): Promise<{ tx: Transaction; committed: Committed }> {
    const run = async () => {
      const tx = new Transaction(this, options.transactionId);
      build(tx);
      const committed: Committed = { transactionId: tx.id, timestamp: tx.timestamp, identity: IDENTITY, changes: tx.changes() };
      if (options.dryRun || committed.changes.length === 0) return { tx, committed };
      const next = new Map(this.#docs);
      for (const change of committed.changes) {
        if (change.after) next.set(change.id, change.after);
        else next.delete(change.id);
      }
      checkReferences(committed.changes, next);
      await this.#writeDocuments(next);
      this.#docs = next;
      this.version++;
      for (const listener of this.#listeners) listener(committed);
      return { tx, committed };
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** Stores an uploaded asset's file and metadata (on disk first), and returns its document. */
  addAsset(file: AssetFile, bytes: Buffer, meta: AssetMeta): Promise<Doc> {
    const run = async () => {
      const existing = this.#assets.get(assetDocument(file, meta, this.options)._id);
      if (existing) return existing;
      const target = join(this.dir, file.path);
      await mkdir(dirname(target), { recursive: true });
      await this.#replaceFile(target, bytes);
      const metas = { ...this.#meta, [metaKey(file)]: meta };
      await this.#replaceFile(join(this.dir, 'assets.json'), `${JSON.stringify(metas, null, 2)}\n`);
      this.#meta = metas;
      const doc = this.#addAsset(file, meta);
      this.version++;
      const committed: Committed = {
        transactionId: randomUUID().replace(/-/g, '').slice(0, 22),
        timestamp: new Date().toISOString(),
        identity: IDENTITY,
        changes: [{ id: doc._id, before: null, after: doc, mutations: [{ create: doc }] }],
      };
      for (const listener of this.#listeners) listener(committed);
      return doc;
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  /** The export form of every document, one per line, in file order. */
  async #writeDocuments(docs: Map<string, Doc>): Promise<void> {
    const hasFile = (path: string) => this.#files.has(path);
    let text = '';
    for (const doc of docs.values()) text += `${JSON.stringify(toExportForm(doc, hasFile))}\n`;
    await this.#replaceFile(join(this.dir, 'data.ndjson'), text);
  }

  /** Writes a temporary file, flushes it to disk, renames it over the file and flushes the folder. */
  async #replaceFile(file: string, content: string | Buffer): Promise<void> {
    const temporary = `${file}.${process.pid}.tmp`;
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await this.options.beforeReplace?.(file);
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    const folder = await open(dirname(file), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }
}
