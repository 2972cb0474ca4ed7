// Writes the logo files from the one source, src/brand/logo-mark.svg: the favicon (the mark as it
// is) and the press-kit logos in public/press/ (mark and name, the name as outlines of Inter Bold,
// the header's type), SVG and PNG, light and dark. The SVGs hold plain SVG 1.1 only: svg, title, g,
// rect, circle and path. Run with the project's Node after a change: node scripts/press-kit-logos.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

const require = createRequire(import.meta.url);
const font = readFileSync(require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff'));
const mark = readFileSync('src/brand/logo-mark.svg', 'utf8').trim();
const markShapes = mark.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
const NAME = 'Medicon Valley Alliance';
const WIDTH = 820;
const HEIGHT = 140;

/** The name as path outlines (satori draws text as paths), placed from x = 0. */
async function nameOutlines(colour) {
  const text = { type: 'div', props: { style: { display: 'flex', fontSize: 54, fontWeight: 700, color: colour, letterSpacing: '-0.01em', fontFamily: 'Inter' }, children: NAME } };
  const svg = await satori(text, { width: 660, height: 70, fonts: [{ name: 'Inter', data: font, weight: 700 }] });
  return [...svg.matchAll(/<path\b[^>]*\bd="([^"]+)"[^>]*\/>/g)].map(([, d]) => `<path fill="${colour}" d="${d}"/>`).join('');
}

writeFileSync('public/favicon.svg', `${mark}\n`);
const variants = { light: { text: '#0b2545', outline: '' }, dark: { text: '#ffffff', outline: '<rect x="0.5" y="0.5" width="31" height="31" rx="6.5" fill="none" stroke="#8ecae6"/>' } };
for (const [name, { text, outline }] of Object.entries(variants)) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
    `<title>${NAME}</title>` +
    `<g transform="translate(8 22) scale(3)">${markShapes}${outline}</g>` +
    `<g transform="translate(132 35)">${await nameOutlines(text)}</g>` +
    '</svg>\n';
  writeFileSync(`public/press/mva-logo-${name}.svg`, svg);
  writeFileSync(`public/press/mva-logo-${name}.png`, new Resvg(svg, { fitTo: { mode: 'width', value: WIDTH * 2 } }).render().asPng());
}
console.log('Wrote public/favicon.svg and public/press/mva-logo-{light,dark}.{svg,png}');
