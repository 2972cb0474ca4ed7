// Writes the press-kit logos (public/press/): SVG with text as outlines, and PNG, light and dark.
// Run with the project's Node after a change to the mark: node scripts/press-kit-logos.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);
const font = readFileSync(require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff'));
const h = (type, style, children = '') => ({ type, props: { style, children } });

const variants = {
  light: { text: '#0b2545', background: 'transparent' },
  dark: { text: '#ffffff', background: 'transparent' },
};

for (const [name, colours] of Object.entries(variants)) {
  const mark = h('div', { display: 'flex', width: 96, height: 96, borderRadius: 20, background: '#0b2545', position: 'relative', border: name === 'dark' ? '3px solid #8ecae6' : 'none' }, [
    h('div', { position: 'absolute', left: 16, top: 26, width: 44, height: 44, borderRadius: 22, background: '#13807a' }),
    h('div', { position: 'absolute', left: 38, top: 26, width: 44, height: 44, borderRadius: 22, background: '#8ecae6', opacity: 0.8 }),
  ]);
  const tree = h('div', { display: 'flex', alignItems: 'center', gap: 28, width: 820, height: 140, boxSizing: 'border-box', padding: '22px 8px', background: colours.background, fontFamily: 'Inter' }, [
    mark,
    h('div', { display: 'flex', fontSize: 54, fontWeight: 700, color: colours.text, letterSpacing: '-0.01em' }, 'Medicon Valley Alliance'),
  ]);
  const svg = await satori(tree, { width: 820, height: 140, fonts: [{ name: 'Inter', data: font, weight: 700 }] });
  writeFileSync(`public/press/mva-logo-${name}.svg`, svg);
  writeFileSync(`public/press/mva-logo-${name}.png`, new Resvg(svg, { fitTo: { mode: 'width', value: 1640 } }).render().asPng());
}
console.log('Wrote public/press/mva-logo-{light,dark}.{svg,png}');
