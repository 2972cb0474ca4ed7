// The two ways to write: the Mutations API (create, createOrReplace, createIfNotExists, delete,
// patch) and the Actions API the Studio uses (create, edit, publish, unpublish, discard, delete).
// Both become mutations of one transaction; a bad one throws a LakeError naming what is wrong.
import { randomUUID } from 'node:crypto';
import { checkId, eachReference, LakeError, publishedId, type LakeStore, type Transaction } from './store.ts';
import type { Doc } from './export-form.ts';

type Json = Record<string, unknown>;

const KINDS = ['create', 'createOrReplace', 'createIfNotExists', 'delete', 'patch'] as const;
const PATCH_OPS = new Set(['id', 'query', 'params', 'ifRevisionID', 'set', 'setIfMissing', 'unset', 'inc', 'dec', 'insert', 'diffMatchPatch']);

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A new id for a document created without one; `drafts.` (an id ending in ".") keeps its prefix. */
function newId(given: unknown): string {
  const uuid = randomUUID();
  if (given === undefined) return uuid;
  if (typeof given === 'string' && given.endsWith('.')) return `${given}${uuid}`;
  return given as string;
}

function checkRevision(tx: Transaction, id: string, expected: unknown, field: string): void {
  if (expected === undefined) return;
  const current = tx.get(id);
  if (!current) throw new LakeError(409, `Document "${id}" does not exist, but ${field} expects revision "${String(expected)}"`);
  if (current._rev !== expected) {
    throw new LakeError(409, `Document "${id}" has unexpected revision ID ("${current._rev}"), expected "${String(expected)}"`);
  }
}

/** Adds `_key` to objects in arrays that lack one (the mutate endpoint's `autoGenerateArrayKeys`). */
function addKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item) => (isObject(item) && item._key === undefined ? { _key: randomUUID().slice(0, 12), ...(addKeys(item) as Json) } : addKeys(item)));
  }
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, addKeys(inner)]));
}

/** Applies the Mutations API's list to `tx`. */
export function applyMutations(store: LakeStore, tx: Transaction, mutations: unknown, options: { autoGenerateArrayKeys?: boolean } = {}): void {
  if (!Array.isArray(mutations) || mutations.length === 0) throw new LakeError(400, 'The body needs "mutations": a non-empty array');
  for (const [index, raw] of mutations.entries()) {
    const where = `mutations[${index}]`;
    if (!isObject(raw)) throw new LakeError(400, `${where} must be an object`);
    const keys = Object.keys(raw);
    if (keys.length !== 1 || !KINDS.includes(keys[0] as (typeof KINDS)[number])) {
      throw new LakeError(400, `${where} must have exactly one of ${KINDS.join(', ')}; got ${keys.join(', ') || 'nothing'}`);
    }
    const kind = keys[0] as (typeof KINDS)[number];
    const body = options.autoGenerateArrayKeys ? addKeys(raw[kind]) : raw[kind];
    if (!isObject(body)) throw new LakeError(400, `${where}.${kind} must be an object`);
    if (kind === 'create' || kind === 'createOrReplace' || kind === 'createIfNotExists') {
      const doc = { ...body, _id: newId(body._id) } as Doc;
      checkId(doc._id);
      if (typeof doc._type !== 'string' || !doc._type) throw new LakeError(400, `${where}.${kind} needs a _type (document "${doc._id}")`);
      const exists = tx.get(doc._id) !== null;
      if (kind === 'create' && exists) throw new LakeError(409, `Document by ID "${doc._id}" already exists`);
      if (kind === 'createIfNotExists' && exists) continue;
      tx.apply(doc._id, { [kind]: doc }, exists ? 'update' : 'create');
    } else if (kind === 'delete') {
      for (const id of targets(store, body, `${where}.delete`)) {
        if (tx.get(id)) tx.apply(id, { delete: { id } }, 'delete');
      }
    } else {
      const unknown = Object.keys(body).filter((key) => !PATCH_OPS.has(key));
      if (unknown.length) throw new LakeError(400, `${where}.patch has unknown operation ${unknown.map((key) => `"${key}"`).join(', ')}`);
      for (const id of targets(store, body, `${where}.patch`)) patch(tx, id, body, body.ifRevisionID);
    }
  }
}

/** The documents a delete or patch addresses: `id` (one) or `query` (those it selects now). */
function targets(store: LakeStore, body: Json, where: string): string[] {
  if (typeof body.id === 'string') return [body.id];
  if (typeof body.query === 'string') {
    if (body.params !== undefined && !isObject(body.params)) throw new LakeError(400, `${where}.params must be an object`);
    return store.idsFor(body.query, (body.params as Json) ?? {});
  }
  throw new LakeError(400, `${where} needs "id" (a document ID) or "query" (GROQ)`);
}

function patch(tx: Transaction, id: string, body: Json, ifRevisionID: unknown): void {
  checkId(id);
  checkRevision(tx, id, ifRevisionID, 'ifRevisionID');
  if (!tx.get(id)) throw new LakeError(409, `Cannot modify nonexistent document "${id}"`);
  const { query: _query, params: _params, ifRevisionID: _rev, ...operations } = body;
  tx.apply(id, { patch: { ...operations, id } }, 'update');
}

// ---- Actions API ------------------------------------------------------------------------------

const need = (action: Json, field: string, type: string): string => {
  const value = action[field];
  if (typeof value !== 'string' || !value) throw new LakeError(400, `${type} needs "${field}"`);
  return value;
};

/** A version id must belong to its published id: `drafts.x` or `versions.<release>.x` for `x`. */
function checkPair(type: string, versionId: string, published: string): void {
  checkId(versionId);
  checkId(published);
  if (publishedId(versionId) !== published || versionId === published) {
    throw new LakeError(400, `${type}: "${versionId}" is not a draft or version of "${published}"`);
  }
}

/** A copy of a document under another id, system fields left to the transaction. */
function copyAs(doc: Doc, id: string): Doc {
  const { _rev: _r, _updatedAt: _u, _originalId: _o, ...rest } = doc;
  return { ...rest, _id: id } as Doc;
}

export function applyActions(tx: Transaction, actions: unknown): void {
  if (!Array.isArray(actions) || actions.length === 0) throw new LakeError(400, 'The body needs "actions": a non-empty array');
  for (const [index, action] of actions.entries()) {
    if (!isObject(action) || typeof action.actionType !== 'string') throw new LakeError(400, `actions[${index}] needs an "actionType"`);
    const type = action.actionType;
    switch (type) {
      case 'sanity.action.document.create': {
        const attributes = action.attributes;
        if (!isObject(attributes)) throw new LakeError(400, `${type} needs "attributes" (the new document)`);
        const id = typeof attributes._id === 'string' ? attributes._id : `drafts.${randomUUID()}`;
        const published = typeof action.publishedId === 'string' ? action.publishedId : publishedId(id);
        if (id !== published) checkPair(type, id, published);
        if (tx.get(id)) {
          if (action.ifExists === 'ignore') break;
          throw new LakeError(409, `Document by ID "${id}" already exists`);
        }
        if (typeof attributes._type !== 'string') throw new LakeError(400, `${type} needs attributes._type`);
        tx.apply(id, { create: { ...attributes, _id: id } }, 'create');
        break;
      }
      case 'sanity.action.document.edit': {
        const draftId = need(action, 'draftId', type);
        const published = need(action, 'publishedId', type);
        checkPair(type, draftId, published);
        if (!isObject(action.patch)) throw new LakeError(400, `${type} needs "patch"`);
        if (!tx.get(draftId)) {
          const base = tx.get(published);
          if (!base) throw new LakeError(409, `Cannot edit "${published}": neither it nor its draft exists`);
          tx.apply(draftId, { create: copyAs(base, draftId) }, 'create');
        }
        const { id: _id, ...operations } = action.patch as Json;
        const unknown = Object.keys(operations).filter((key) => !PATCH_OPS.has(key));
        if (unknown.length) throw new LakeError(400, `${type}: patch has unknown operation ${unknown.map((key) => `"${key}"`).join(', ')}`);
        patch(tx, draftId, operations, operations.ifRevisionID);
        break;
      }
      case 'sanity.action.document.publish': {
        const draftId = need(action, 'draftId', type);
        const published = need(action, 'publishedId', type);
        checkPair(type, draftId, published);
        const draft = tx.get(draftId);
        if (!draft) throw new LakeError(409, `Cannot publish "${published}": it has no draft "${draftId}"`);
        checkRevision(tx, draftId, action.ifDraftRevisionId, 'ifDraftRevisionId');
        if (action.ifPublishedRevisionId !== undefined) {
          const current = tx.get(published);
          if (current?._rev !== action.ifPublishedRevisionId) {
            throw new LakeError(409, `Document "${published}" has unexpected revision ID ("${current?._rev ?? 'none'}"), expected "${String(action.ifPublishedRevisionId)}"`);
          }
        }
        const existing = tx.get(published);
        // References the Studio made weak because their target was not yet published become strong.
        const doc = strengthen(copyAs(draft, published));
        if (existing?._createdAt) doc._createdAt = existing._createdAt;
        tx.apply(published, { createOrReplace: doc }, existing ? 'update' : 'create');
        tx.apply(draftId, { delete: { id: draftId } }, 'delete');
        break;
      }
      case 'sanity.action.document.unpublish': {
        const draftId = need(action, 'draftId', type);
        const published = need(action, 'publishedId', type);
        checkPair(type, draftId, published);
        const doc = tx.get(published);
        if (!doc) throw new LakeError(409, `Cannot unpublish "${published}": it is not published`);
        if (!tx.get(draftId)) tx.apply(draftId, { create: copyAs(doc, draftId) }, 'create');
        tx.apply(published, { delete: { id: published } }, 'delete');
        break;
      }
      case 'sanity.action.document.discard':
      case 'sanity.action.document.version.discard': {
        const draftId = typeof action.draftId === 'string' ? action.draftId : need(action, 'versionId', type);
        checkId(draftId);
        if (draftId === publishedId(draftId)) throw new LakeError(400, `${type}: "${draftId}" is not a draft or version`);
        if (!tx.get(draftId)) throw new LakeError(409, `Cannot discard "${draftId}": it does not exist`);
        tx.apply(draftId, { delete: { id: draftId } }, 'delete');
        break;
      }
      case 'sanity.action.document.delete': {
        const published = need(action, 'publishedId', type);
        checkId(published);
        const drafts = Array.isArray(action.includeDrafts) ? action.includeDrafts : [];
        const ids = new Set([published, `drafts.${published}`, ...drafts.filter((id): id is string => typeof id === 'string')]);
        for (const id of ids) {
          if (publishedId(id) !== published) throw new LakeError(400, `${type}: "${id}" is not a draft of "${published}"`);
          if (tx.get(id)) tx.apply(id, { delete: { id } }, 'delete');
        }
        break;
      }
      case 'sanity.action.document.replaceDraft': {
        const published = need(action, 'publishedId', type);
        if (!isObject(action.attributes)) throw new LakeError(400, `${type} needs "attributes"`);
        const id = typeof action.attributes._id === 'string' ? action.attributes._id : `drafts.${published}`;
        checkPair(type, id, published);
        tx.apply(id, { createOrReplace: { ...action.attributes, _id: id } }, tx.get(id) ? 'update' : 'create');
        break;
      }
      default:
        throw new LakeError(400, `actions[${index}]: the lake does not handle actionType "${type}"`);
    }
  }
}

/** Publishing makes references marked `_strengthenOnPublish` strong, as the Content Lake does: on a copy. */
function strengthen<T>(doc: T): T {
  const copy = structuredClone(doc);
  eachReference(copy, (reference) => {
    if (reference._strengthenOnPublish === undefined) return;
    delete reference._weak;
    delete reference._strengthenOnPublish;
  });
  return copy;
}
