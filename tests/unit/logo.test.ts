// One logo: the mark in src/brand/logo-mark.svg is the source of the favicon, the press-kit files
// and the share cards, and the press-kit SVGs hold plain, valid SVG 1.1.
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { LOGO_MARK_SVG } from '@/brand/logo';
import { shareSvg } from '@/lib/share-image';

const shapes = LOGO_MARK_SVG.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');

/** SVG 1.1 elements and the attributes each may carry in these files (from the SVG 1.1 DTD). */
const ALLOWED: Record<string, string[]> = {
  svg: ['xmlns', 'version', 'width', 'height', 'viewBox'],
  title: [],
  g: ['transform'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'fill', 'stroke'],
  circle: ['cx', 'cy', 'r', 'fill', 'fill-opacity'],
  path: ['fill', 'd'],
};

function problems(svg: string): string[] {
  const found: string[] = [];
  const valid = XMLValidator.validate(svg);
  if (valid !== true) return [`not well-formed XML: ${valid.err.msg}`];
  const visit = (name: string, node: unknown) => {
    if (!(name in ALLOWED)) return found.push(`element <${name}> is not allowed`);
    for (const entry of Array.isArray(node) ? node : [node]) {
      if (typeof entry !== 'object' || entry === null) continue;
      for (const [key, value] of Object.entries(entry)) {
        if (key.startsWith('@_')) {
          if (!ALLOWED[name]!.includes(key.slice(2))) found.push(`<${name}> has attribute ${key.slice(2)}`);
          if (key === '@_fill' && !/^(#[0-9a-f]{6}|none)$/i.test(String(value))) found.push(`<${name}> fill ${value}`);
        } else if (key !== '#text') visit(key, value);
      }
    }
    return undefined;
  };
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(svg) as Record<string, unknown>;
  for (const [name, node] of Object.entries(parsed)) if (!name.startsWith('?')) visit(name, node);
  return found;
}

describe('the logo', () => {
  it('is the favicon, as it is', () => {
    expect(readFileSync('public/favicon.svg', 'utf8').trim()).toBe(LOGO_MARK_SVG);
  });

  for (const variant of ['light', 'dark']) {
    it(`is the mark of the ${variant} press-kit SVG, in plain SVG 1.1 with a title`, () => {
      const svg = readFileSync(`public/press/mva-logo-${variant}.svg`, 'utf8');
      expect(svg).toContain(shapes);
      expect(svg).toContain('<title>Medicon Valley Alliance</title>');
      expect(problems(svg)).toEqual([]);
    });
  }

  it('finds what is not plain SVG (the press kit as it was: masks, "transparent")', () => {
    expect(problems('<svg xmlns="http://www.w3.org/2000/svg"><mask id="m"><rect fill="transparent"/></mask></svg>')).toEqual(['element <mask> is not allowed']);
    expect(problems('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="transparent"/></svg>')).toEqual(['<rect> fill transparent']);
  });

  it('stands on every share card', async () => {
    const svg = await shareSvg({ kind: 'News', title: 'A title', site: 'Medicon Valley Alliance' });
    expect(svg).toContain(Buffer.from(LOGO_MARK_SVG).toString('base64'));
  });
});
