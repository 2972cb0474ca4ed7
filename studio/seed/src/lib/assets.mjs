// Renders `__art` / `__pdf` placeholders into export-format asset files and `assets.json` entries.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { makePdf } from './pdf.mjs';
import { sha1, GENERATED_AT } from './doc.mjs';

/** Collects every placeholder object in a value (depth-first, stable order). */
function collect(value, found = []) {
  if (Array.isArray(value)) value.forEach((v) => collect(v, found));
  else if (value && typeof value === 'object') {
    if (value.__art || value.__pdf) found.push(value);
    Object.values(value).forEach((v) => collect(v, found));
  }
  return found;
}

/** Puts `_sanityAsset` right after `_type`, as exports print it. */
function setAsset(holder, value) {
  const { _type, ...rest } = holder;
  for (const key of Object.keys(holder)) delete holder[key];
  Object.assign(holder, { _type, _sanityAsset: value, ...rest });
}

async function rasterise({ svg, format }) {
  const img = sharp(Buffer.from(svg));
  return format === 'png'
    ? img.png({ compressionLevel: 9, palette: true, effort: 10 }).toBuffer()
    : img.jpeg({ quality: 75, mozjpeg: true }).toBuffer();
}

/**
 * Renders all artwork and PDFs referenced by `docs` into `outDir/images` and `outDir/files`,
 * rewrites the placeholders to `_sanityAsset` values, and returns the `assets.json` object.
 */
export async function renderAssets(docs, outDir) {
  mkdirSync(join(outDir, 'images'), { recursive: true });
  mkdirSync(join(outDir, 'files'), { recursive: true });
  const assets = {};
  const cache = new Map();
  for (const holder of collect(docs)) {
    if (holder.__art) {
      const { svg, format, name } = holder.__art;
      const cacheKey = sha1(svg + format);
      if (!cache.has(cacheKey)) {
        const bytes = await rasterise(holder.__art);
        const { width, height } = await sharp(bytes).metadata();
        const hash = sha1(bytes);
        const ext = format === 'png' ? 'png' : 'jpg';
        const file = `${hash}-${width}x${height}.${ext}`;
        writeFileSync(join(outDir, 'images', file), bytes);
        assets[`image-${hash}`] ??= {
          _createdAt: GENERATED_AT,
          _updatedAt: GENERATED_AT,
          originalFilename: `${name}.${ext}`,
          sha1hash: hash,
          size: bytes.length,
          metadata: {
            _type: 'sanity.imageMetadata',
            dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
            hasAlpha: format === 'png',
            isOpaque: true,
          },
        };
        cache.set(cacheKey, `image@file://./images/${file}`);
      }
      delete holder.__art;
      setAsset(holder, cache.get(cacheKey));
    } else {
      const { name, ...content } = holder.__pdf;
      const bytes = makePdf(content);
      const hash = sha1(bytes);
      writeFileSync(join(outDir, 'files', `${hash}.pdf`), bytes);
      assets[`file-${hash}`] ??= {
        _createdAt: GENERATED_AT,
        _updatedAt: GENERATED_AT,
        originalFilename: `${name}.pdf`,
        sha1hash: hash,
        size: bytes.length,
      };
      delete holder.__pdf;
      setAsset(holder, `file@file://./files/${hash}.pdf`);
    }
  }
  return Object.fromEntries(Object.entries(assets).sort(([a], [b]) => (a < b ? -1 : 1)));
}
