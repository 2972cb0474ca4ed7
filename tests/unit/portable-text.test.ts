import { describe, expect, it } from 'vitest';
import { blockContentSchema } from '@/sanity/block-content';
import { renderPortableText, sections } from '@/lib/portable-text';
import type { BlockContent } from '@/sanity/block-content';

const render = (blocks: unknown[]) => renderPortableText(blockContentSchema.parse(blocks));
const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: text.slice(0, 4), text, marks });

describe('Portable Text renderer', () => {
  it('renders styles, lists and decorators', () => {
    const html = render([
      { _type: 'block', _key: 'a', style: 'h2', children: [span('Heading')] },
      { _type: 'block', _key: 'b', listItem: 'bullet', level: 1, children: [span('One', ['strong'])] },
      { _type: 'block', _key: 'c', listItem: 'bullet', level: 1, children: [span('Two', ['em'])] },
    ]);
    expect(html).toBe('<h2 id="heading">Heading</h2><ul><li><strong>One</strong></li><li><em>Two</em></li></ul>');
  });

  it('fits headings under the page title: starting at h2, never skipping a level', () => {
    const html = render([
      { _type: 'block', _key: 'a', style: 'h3', children: [span('First')] },
      { _type: 'block', _key: 'b', style: 'h4', children: [span('Deep')] },
      { _type: 'block', _key: 'c', style: 'h2', children: [span('Back')] },
      { _type: 'block', _key: 'd', style: 'h4', children: [span('Skip')] },
    ]);
    expect(html).toBe('<h2 id="first">First</h2><h3>Deep</h3><h2 id="back">Back</h2><h3>Skip</h3>');
  });

  it('gives each section heading an id, once per body, and lists the sections', () => {
    const body = blockContentSchema.parse([
      { _type: 'block', _key: 'a', style: 'h2', children: [span('Our mission')] },
      { _type: 'block', _key: 'b', style: 'h2', children: [span('Our  mission!')] },
      { _type: 'block', _key: 'c', style: 'h2', children: [span('Øresund')] },
    ]) as BlockContent;
    expect(sections(body)).toEqual([{ id: 'our-mission', title: 'Our mission' }, { id: 'our-mission-2', title: 'Our  mission!' }, { id: 'oresund', title: 'Øresund' }]);
    expect(renderPortableText(body)).toContain('<h2 id="our-mission-2">');
  });

  it('renders callouts as notes, not landmarks, and keeps phone numbers whole', () => {
    const html = render([
      { _type: 'callout', _key: 'n', tone: 'warning', text: 'Registration closes soon' },
      {
        _type: 'block', _key: 'p',
        markDefs: [{ _type: 'link', _key: 't', href: 'tel:+4500000000' }],
        children: [span('+45 00 00 00 00', ['t', 'strong'])],
      },
    ]);
    expect(html).toContain('<div class="callout callout--warning" role="note"><p>Registration closes soon</p></div>');
    expect(html).toContain('<a href="tel:+4500000000"><strong>+45&nbsp;00&nbsp;00&nbsp;00&nbsp;00</strong></a>');
  });

  it('links internal references to the page of their target', () => {
    const html = render([
      {
        _type: 'block', _key: 'a',
        markDefs: [{ _type: 'internalLink', _key: 'l', reference: { _ref: 'p', doc: { _id: 'p', _type: 'project', title: 'HALOS', slug: 'halos' } } }],
        children: [span('the project', ['l'])],
      },
    ]);
    expect(html).toBe('<p><a href="/projects/halos/">the project</a></p>');
  });

  it('renders a KPI table with target and result columns', () => {
    const html = render([{ _type: 'kpiTable', _key: 'k', title: 'KPIs', rows: [{ label: 'Talents hired', target: 60, value: 102 }] }]);
    expect(html).toContain('<caption>KPIs</caption>');
    expect(html).toContain('<th scope="row">Talents hired</th><td class="num">60</td><td class="num">102</td>');
  });

  it('escapes text and skips unknown block types', () => {
    const html = render([
      { _type: 'block', _key: 'a', children: [span('</p><script>alert(1)</script>')] },
      { _type: 'mysteryWidget', _key: 'm', payload: '<script>' },
    ]);
    expect(html).toBe('<p>&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('keeps a paragraph whose annotation type it does not know', () => {
    const html = render([
      { _type: 'block', _key: 'a', markDefs: [{ _type: 'footnote', _key: 'f', note: 'Source' }], children: [span('Kept', ['f'])] },
    ]);
    expect(html).toBe('<p>Kept</p>');
  });

  it('treats marks and inline objects named like Object members as unknown', () => {
    const html = render([
      { _type: 'block', _key: 'a', children: [span('One', ['constructor']), span('Two', ['toString']), { _type: 'hasOwnProperty', _key: 'h' }] },
    ]);
    expect(html).toBe('<p>OneTwo</p>');
  });

  it('links internal references only to slugs a page can have', () => {
    const link = (type: string, slug: string) => ({
      _type: 'block', _key: 'a',
      markDefs: [{ _type: 'internalLink', _key: 'l', reference: { _ref: 'p', doc: { _id: 'p', _type: type, title: 'Target', slug } } }],
      children: [span('the target', ['l'])],
    });
    expect(render([link('page', '/evil.example')])).toBe('<p>the target</p>');
    expect(render([link('__proto__', 'target')])).toBe('<p>the target</p>');
  });

  it('renders unvalidated names of Object members and of to-html internals as unknown', () => {
    const html = renderPortableText([
      { _type: 'block', _key: 'a', style: '__proto__', children: [span('Styled')] },
      { _type: 'block', _key: 'b', listItem: 'toString', children: [span('Listed')] },
      { _type: '@list', _key: 'c' },
      { _type: 'hasOwnProperty', _key: 'd' },
      { _type: 'block', _key: 'e', markDefs: [{ _type: 'link', href: 'https://example.com/' }], children: [span('Keyless')] },
    ] as unknown as BlockContent);
    expect(html).toBe('<p>Styled</p><ul><li>Listed</li></ul><p>Keyless</p>');
  });
});
