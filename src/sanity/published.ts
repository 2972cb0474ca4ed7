// Which documents are public: the "published" perspective plus the embargo rule.
import { isUnderEmbargo } from '../model/embargo';
import type { RawDocument } from './dataset';

const ASSET_TYPES = new Set(['sanity.imageAsset', 'sanity.fileAsset']);

/** True for a draft, a release version, or a system document. */
export function isHidden(doc: RawDocument): boolean {
  if (doc._id.startsWith('drafts.') || doc._id.startsWith('versions.') || doc._id.startsWith('_.')) {
    return true;
  }
  if (ASSET_TYPES.has(doc._type)) return false;
  return doc._type.startsWith('sanity.') || doc._type.startsWith('system.');
}

/** True when the document carries an `embargoUntil` later than `now`. */
export function isEmbargoed(doc: RawDocument, now: Date): boolean {
  return isUnderEmbargo(doc['embargoUntil'], now.getTime());
}

/** The documents a visitor may see at `now`. */
export function publicDocuments(all: RawDocument[], now: Date): RawDocument[] {
  return all.filter((doc) => !isHidden(doc) && !isEmbargoed(doc, now));
}
