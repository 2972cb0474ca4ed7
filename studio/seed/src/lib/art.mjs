// Neutral generated artwork as SVG: abstract heroes, initials avatars, logo marks, report covers.
// Functions return image field values carrying an `__art` spec; `assets.mjs` renders them later.
import { sha1 } from './doc.mjs';

export const COLOURS = {
  navy: '#0b2545',
  teal: '#13807a',
  sky: '#8ecae6',
  coral: '#e76f51',
  sand: '#f4e9d8',
};

/** Palettes: two background stops, two accents and a plain-language description for alt text. */
export const PALETTES = {
  'navy-teal': { bg: ['#0b2545', '#123a63'], accent: ['#13807a', '#8ecae6'], ink: '#f4e9d8', desc: 'teal and sky blue on deep navy' },
  'teal-sand': { bg: ['#13807a', '#0e5e5a'], accent: ['#f4e9d8', '#8ecae6'], ink: '#f4e9d8', desc: 'sand and sky blue on teal' },
  'sand-coral': { bg: ['#f4e9d8', '#ecdcc4'], accent: ['#e76f51', '#0b2545'], ink: '#0b2545', desc: 'coral and navy on warm sand' },
  'navy-coral': { bg: ['#0b2545', '#1c355e'], accent: ['#e76f51', '#f4e9d8'], ink: '#f4e9d8', desc: 'coral and sand on deep navy' },
  'sky-navy': { bg: ['#8ecae6', '#b9dff0'], accent: ['#0b2545', '#13807a'], ink: '#0b2545', desc: 'navy and teal on sky blue' },
  'coral-sand': { bg: ['#e76f51', '#cf5a3e'], accent: ['#f4e9d8', '#0b2545'], ink: '#f4e9d8', desc: 'sand and navy on warm coral' },
};

const MOTIFS = {
  waves: 'flowing waves',
  circles: 'overlapping translucent circles',
  rings: 'concentric rings',
  grid: 'a dotted grid with highlighted squares',
  arcs: 'arcs spanning a low horizon',
  helix: 'two intertwined curves like an abstract double helix',
  network: 'a constellation of connected nodes',
  bars: 'rising bars like a simple chart',
};

const CREDIT = 'Illustration: MVA';
const CENTRE = {
  hotspot: { _type: 'sanity.imageHotspot', x: 0.5, y: 0.5, height: 1, width: 1 },
  crop: { _type: 'sanity.imageCrop', top: 0, bottom: 0, left: 0, right: 0 },
};

function rng(seed) {
  let a = Number.parseInt(sha1(seed).slice(0, 8), 16);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n) => Math.round(n * 10) / 10;

function background(w, h, pal, id = 'bg') {
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${pal.bg[0]}"/><stop offset="1" stop-color="${pal.bg[1]}"/></linearGradient></defs><rect width="${w}" height="${h}" fill="url(#${id})"/>`;
}

function motifShapes(motif, w, h, pal, rand) {
  const [a1, a2] = pal.accent;
  const out = [];
  switch (motif) {
    case 'waves':
      for (let i = 0; i < 7; i += 1) {
        const y = h * (0.3 + i * 0.1) + rand() * 40;
        const amp = 40 + rand() * 90;
        const len = w / (1.5 + rand() * 1.5);
        let d = `M0 ${r1(y)}`;
        for (let x = 0; x < w + len; x += len) {
          d += ` q${r1(len / 2)} ${r1(-amp)} ${r1(len)} 0 t${r1(len)} 0`;
        }
        out.push(`<path d="${d} V${h} H0 Z" fill="${i % 2 ? a1 : a2}" opacity="${r1(0.12 + rand() * 0.18)}"/>`);
      }
      break;
    case 'circles':
      for (let i = 0; i < 14; i += 1) {
        const r = 40 + rand() * 260;
        out.push(`<circle cx="${r1(rand() * w)}" cy="${r1(rand() * h)}" r="${r1(r)}" fill="${i % 3 ? a1 : a2}" opacity="${r1(0.12 + rand() * 0.3)}"/>`);
      }
      break;
    case 'rings': {
      const cx = w * (0.55 + rand() * 0.3);
      const cy = h * (0.3 + rand() * 0.4);
      for (let i = 1; i <= 12; i += 1) {
        out.push(`<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${i * 55}" fill="none" stroke="${i % 2 ? a1 : a2}" stroke-width="${r1(4 + rand() * 14)}" opacity="${r1(0.25 + rand() * 0.5)}"/>`);
      }
      out.push(`<circle cx="${r1(cx)}" cy="${r1(cy)}" r="42" fill="${a2}" opacity="0.9"/>`);
      break;
    }
    case 'grid': {
      const step = 60;
      for (let x = step; x < w; x += step) {
        for (let y = step; y < h; y += step) {
          out.push(`<circle cx="${x}" cy="${y}" r="3" fill="${a2}" opacity="0.45"/>`);
        }
      }
      for (let i = 0; i < 9; i += 1) {
        const x = Math.floor(rand() * (w / step - 2)) * step + step;
        const y = Math.floor(rand() * (h / step - 2)) * step + step;
        const s = step * (1 + Math.floor(rand() * 3));
        out.push(`<rect x="${x}" y="${y}" width="${s}" height="${s}" fill="${i % 2 ? a1 : a2}" opacity="${r1(0.3 + rand() * 0.5)}"/>`);
      }
      break;
    }
    case 'arcs': {
      const horizon = h * (0.62 + rand() * 0.12);
      out.push(`<rect x="0" y="${r1(horizon)}" width="${w}" height="${r1(h - horizon)}" fill="${a1}" opacity="0.25"/>`);
      for (let i = 0; i < 6; i += 1) {
        const x0 = rand() * w * 0.4;
        const x1 = w * 0.6 + rand() * w * 0.4;
        const lift = 120 + rand() * 320;
        out.push(`<path d="M${r1(x0)} ${r1(horizon)} Q${r1((x0 + x1) / 2)} ${r1(horizon - lift)} ${r1(x1)} ${r1(horizon)}" fill="none" stroke="${i % 2 ? a2 : a1}" stroke-width="${r1(6 + rand() * 10)}" opacity="${r1(0.5 + rand() * 0.4)}"/>`);
      }
      break;
    }
    case 'helix': {
      const mid = h / 2;
      const amp = h * 0.28;
      const period = w / (2 + rand() * 1.5);
      const wave = (phase) => {
        let d = '';
        for (let x = 0; x <= w; x += 20) {
          const y = mid + amp * Math.sin((x / period) * 2 * Math.PI + phase);
          d += `${d ? ' L' : 'M'}${x} ${r1(y)}`;
        }
        return d;
      };
      for (let x = 10; x <= w; x += 40) {
        const y1 = mid + amp * Math.sin((x / period) * 2 * Math.PI);
        const y2 = mid + amp * Math.sin((x / period) * 2 * Math.PI + Math.PI);
        out.push(`<line x1="${x}" y1="${r1(y1)}" x2="${x}" y2="${r1(y2)}" stroke="${a2}" stroke-width="4" opacity="0.35"/>`);
      }
      out.push(`<path d="${wave(0)}" fill="none" stroke="${a1}" stroke-width="14" opacity="0.85"/>`);
      out.push(`<path d="${wave(Math.PI)}" fill="none" stroke="${a2}" stroke-width="14" opacity="0.85"/>`);
      break;
    }
    case 'network': {
      const nodes = Array.from({ length: 18 }, () => [rand() * w, rand() * h, 6 + rand() * 22]);
      nodes.forEach(([x, y], i) => {
        const [x2, y2] = nodes[(i * 7 + 3) % nodes.length];
        const [x3, y3] = nodes[(i + 1) % nodes.length];
        out.push(`<line x1="${r1(x)}" y1="${r1(y)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="${a2}" stroke-width="3" opacity="0.4"/>`);
        out.push(`<line x1="${r1(x)}" y1="${r1(y)}" x2="${r1(x3)}" y2="${r1(y3)}" stroke="${a1}" stroke-width="2" opacity="0.35"/>`);
      });
      nodes.forEach(([x, y, r], i) => out.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="${i % 3 ? a1 : a2}" opacity="0.9"/>`));
      break;
    }
    case 'bars': {
      const n = 12;
      const bw = w / (n * 1.75);
      for (let i = 0; i < n; i += 1) {
        const bh = h * (0.15 + (i / n) * 0.5 + rand() * 0.15);
        const x = w * 0.1 + i * bw * 1.5;
        out.push(`<rect x="${r1(x)}" y="${r1(h * 0.9 - bh)}" width="${r1(bw)}" height="${r1(bh)}" rx="6" fill="${i % 4 === 3 ? a2 : a1}" opacity="${r1(0.55 + rand() * 0.35)}"/>`);
      }
      out.push(`<line x1="${r1(w * 0.06)}" y1="${r1(h * 0.9)}" x2="${r1(w * 0.94)}" y2="${r1(h * 0.9)}" stroke="${a2}" stroke-width="4" opacity="0.7"/>`);
      break;
    }
    default:
      throw new Error(`Unknown motif "${motif}"`);
  }
  return out.join('');
}

function svgDoc(w, h, inner) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${inner}</svg>`;
}

/**
 * A 1600x900 abstract hero image (JPEG).
 * @param {string} seed unique string (usually the document id)
 * @param {{palette: string, motif: string, subject: string, decorative?: boolean}} opts
 */
export function hero(seed, { palette, motif, subject, decorative = false, width = 1600, height = 900 }) {
  const pal = PALETTES[palette];
  if (!pal || !MOTIFS[motif]) throw new Error(`hero(${seed}): unknown palette/motif ${palette}/${motif}`);
  const svg = svgDoc(width, height, background(width, height, pal) + motifShapes(motif, width, height, pal, rng(seed)));
  const alt = `Abstract ${MOTIFS[motif]} in ${pal.desc}, illustrating ${subject}`;
  return {
    _type: 'image',
    __art: { svg, format: 'jpeg', name: `hero-${seed}` },
    ...(decorative ? { decorative: true } : { alt: alt.charAt(0).toUpperCase() + alt.slice(1) }),
    credit: CREDIT,
    ...CENTRE,
  };
}

const initialsOf = (name) =>
  name
    .replace(/\(.*?\)/g, '')
    .split(/[\s-]+/)
    .filter((part) => /^[A-ZÆØÅÄÖÜ]/.test(part) && !/^(of|and|the|for|in)$/i.test(part))
    .map((part) => part[0])
    .join('')
    .slice(0, 3);

/** A 600x600 neutral avatar: initials on a geometric background, never a face. */
export function avatar(personId, name) {
  const keys = Object.keys(PALETTES);
  const rand = rng(personId);
  const pal = PALETTES[keys[Math.floor(rand() * keys.length)]];
  const initials = initialsOf(name).slice(0, 2);
  const w = 600;
  const shapes = [
    `<circle cx="${r1(420 + rand() * 120)}" cy="${r1(60 + rand() * 120)}" r="${r1(160 + rand() * 80)}" fill="${pal.accent[0]}" opacity="0.35"/>`,
    `<path d="M0 ${r1(430 + rand() * 80)} L600 ${r1(330 + rand() * 120)} L600 600 L0 600 Z" fill="${pal.accent[1]}" opacity="0.25"/>`,
    `<text x="300" y="370" font-family="DejaVu Sans" font-weight="bold" font-size="190" text-anchor="middle" fill="${pal.ink}">${esc(initials)}</text>`,
  ].join('');
  return {
    _type: 'image',
    __art: { svg: svgDoc(w, w, background(w, w, pal) + shapes), format: 'jpeg', name: `portrait-${personId}` },
    alt: `Abstract avatar: the initials ${initials} on a geometric background in ${pal.desc} (not a photograph)`,
    credit: CREDIT,
    ...CENTRE,
  };
}

/** A 400x200 wordmark-like logo artwork with the organisation's initials (PNG). */
export function logo(orgId, name, short) {
  const rand = rng(orgId);
  const keys = ['navy-teal', 'teal-sand', 'navy-coral', 'coral-sand'];
  const pal = PALETTES[keys[Math.floor(rand() * keys.length)]];
  const mark = short ?? initialsOf(name);
  const size = mark.length > 3 ? 58 : 76;
  const inner = [
    `<rect width="400" height="200" fill="#ffffff"/>`,
    `<rect x="24" y="40" width="120" height="120" rx="${rand() > 0.5 ? 60 : 18}" fill="${pal.bg[0]}"/>`,
    `<circle cx="${r1(110 + rand() * 20)}" cy="${r1(70 + rand() * 20)}" r="26" fill="${pal.accent[0]}" opacity="0.9"/>`,
    `<text x="166" y="${mark.length > 3 ? 122 : 128}" font-family="DejaVu Sans" font-weight="bold" font-size="${size}" fill="#0b2545">${esc(mark)}</text>`,
  ].join('');
  return {
    _type: 'image',
    __art: { svg: svgDoc(400, 200, inner), format: 'png', name: `logo-${orgId}` },
    alt: `Placeholder logo artwork with the letters ${mark.split('').join(' ')} for ${name}`,
    credit: 'Placeholder artwork: MVA (not the official logo)',
  };
}

function wrap(text, max) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > max) {
      lines.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  return lines;
}

/** A 900x1200 report cover: series and year, the title, and an abstract motif (JPEG). */
export function cover(reportId, { title, series, year, palette, motif, subtitle }) {
  const pal = PALETTES[palette];
  const w = 900;
  const h = 1200;
  const art = `<g transform="translate(0 560)">${motifShapes(motif, w, 640, pal, rng(reportId))}</g>`;
  // A title that only repeats series and year is replaced by the subtitle on the artwork.
  const shown = subtitle ?? title;
  const lines = wrap(shown, 22).slice(0, 5);
  const text = [
    `<text x="70" y="130" font-family="DejaVu Sans" font-size="34" fill="${pal.ink}" opacity="0.85">${esc(series ?? 'Medicon Valley Alliance')}</text>`,
    year ? `<text x="70" y="250" font-family="DejaVu Sans" font-weight="bold" font-size="110" fill="${pal.accent[0]}">${year}</text>` : '',
    ...lines.map((l, i) => `<text x="70" y="${340 + i * 62}" font-family="DejaVu Sans" font-weight="bold" font-size="50" fill="${pal.ink}">${esc(l)}</text>`),
  ].join('');
  return {
    _type: 'image',
    __art: { svg: svgDoc(w, h, background(w, h, pal) + art + text), format: 'jpeg', name: `cover-${reportId}` },
    alt: `Report cover artwork reading "${series ? `${series} ` : ''}${year ?? ''}: ${shown}", with ${MOTIFS[motif]} in ${pal.desc}`,
    credit: CREDIT,
    ...CENTRE,
  };
}

/** The 1200x630 default sharing image with the organisation's name. */
export function ogCard() {
  const pal = PALETTES['navy-teal'];
  const w = 1200;
  const h = 630;
  const inner = [
    background(w, h, pal),
    motifShapes('arcs', w, h, pal, rng('og-default')),
    `<rect x="50" y="150" width="780" height="310" rx="24" fill="${pal.bg[0]}" opacity="0.88"/>`,
    `<text x="80" y="250" font-family="DejaVu Sans" font-weight="bold" font-size="78" fill="${pal.ink}">Medicon Valley</text>`,
    `<text x="80" y="345" font-family="DejaVu Sans" font-weight="bold" font-size="78" fill="${pal.ink}">Alliance</text>`,
    `<text x="82" y="420" font-family="DejaVu Sans" font-size="34" fill="${pal.accent[1]}">Life science across the Øresund</text>`,
  ].join('');
  return {
    _type: 'image',
    __art: { svg: svgDoc(w, h, inner), format: 'jpeg', name: 'og-default' },
    alt: 'The words "Medicon Valley Alliance – Life science across the Øresund" over teal and sky-blue arcs on deep navy',
    credit: CREDIT,
  };
}
