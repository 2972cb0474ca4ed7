// A minimal, valid PDF 1.4 writer (Helvetica, WinAnsi text) for the small report PDFs.

const WIN_ANSI = { '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97 };

/** Encodes text as a PDF literal string body in WinAnsi, escaping as needed (ASCII output). */
function pdfString(text) {
  let out = '';
  for (const ch of text) {
    const code = WIN_ANSI[ch] ?? ch.codePointAt(0);
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code >= 32 && code < 127) out += ch;
    else if (code >= 128 && code <= 255) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += '?';
  }
  return out;
}

function wrap(text, max) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line.length + 1 + word.length) > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const LINES_PER_PAGE = 44;

/**
 * Builds a small PDF.
 * @param {{title: string, subtitle?: string, paragraphs: string[], date?: string}} doc
 * @returns {Buffer}
 */
export function makePdf({ title, subtitle, paragraphs, date }) {
  // Lay out lines: [font, size, text, gapBefore]
  const layout = [];
  wrap(title, 48).forEach((t, i) => layout.push(['F2', 20, t, i === 0 ? 0 : 26]));
  if (subtitle) wrap(subtitle, 80).forEach((t, i) => layout.push(['F1', 11, t, i === 0 ? 30 : 15]));
  for (const para of paragraphs) {
    const heading = para.startsWith('## ');
    const text = heading ? para.slice(3) : para;
    wrap(text, heading ? 70 : 88).forEach((t, i) => layout.push([heading ? 'F2' : 'F1', heading ? 13 : 10.5, t, i === 0 ? 24 : 14.5]));
  }
  const pages = [];
  for (let i = 0; i < layout.length; i += LINES_PER_PAGE) pages.push(layout.slice(i, i + LINES_PER_PAGE));

  const streams = pages.map((lines, pageIndex) => {
    let s = 'BT\n';
    let y = 790;
    lines.forEach(([font, size, text, gap], i) => {
      y -= i === 0 ? 0 : gap;
      s += `/${font} ${size} Tf\n1 0 0 1 60 ${y.toFixed(1)} Tm\n(${pdfString(text)}) Tj\n`;
    });
    s += `/F1 8 Tf\n1 0 0 1 60 40 Tm\n(${pdfString(`Medicon Valley Alliance – page ${pageIndex + 1} of ${pages.length}`)}) Tj\nET`;
    return s;
  });

  // Objects: 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, 5 info, then page + content pairs.
  const objects = [];
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  const pdfDate = date ? `D:${date.replace(/-/g, '')}000000Z` : null;
  objects[5] = `<< /Title (${pdfString(title)}) /Author (Medicon Valley Alliance)${pdfDate ? ` /CreationDate (${pdfDate})` : ''} >>`;
  streams.forEach((stream, i) => {
    const pageId = pageIds[i];
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });

  let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets = [];
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id += 1) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const buf = Buffer.from(out, 'latin1');
  const problem = checkPdf(buf);
  if (problem) throw new Error(`makePdf(${title}): ${problem}`);
  return buf;
}

/** Structural check of a PDF written by `makePdf`; returns a problem description or null. */
export function checkPdf(buf) {
  const text = buf.toString('latin1');
  if (!text.startsWith('%PDF-1.')) return 'missing %PDF header';
  if (!text.trimEnd().endsWith('%%EOF')) return 'missing %%EOF';
  const sx = /startxref\n(\d+)\n%%EOF\s*$/.exec(text);
  if (!sx) return 'missing startxref';
  const xrefAt = Number(sx[1]);
  if (text.slice(xrefAt, xrefAt + 4) !== 'xref') return `startxref ${xrefAt} does not point at xref`;
  const head = /^xref\n0 (\d+)\n/.exec(text.slice(xrefAt));
  if (!head) return 'bad xref header';
  const count = Number(head[1]);
  const entries = text.slice(xrefAt + head[0].length).split('\n').slice(0, count);
  for (let id = 1; id < count; id += 1) {
    const entry = entries[id];
    if (!/^\d{10} 00000 n $/.test(entry)) return `bad xref entry ${id}`;
    const at = Number(entry.slice(0, 10));
    if (!text.startsWith(`${id} 0 obj\n`, at)) return `xref entry ${id} points at ${at}, not at its object`;
  }
  for (const m of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = m.index + m[0].length;
    if (text.slice(start + Number(m[1]), start + Number(m[1]) + 10) !== '\nendstream') return 'stream /Length mismatch';
  }
  if (!/\/Root 1 0 R/.test(text.slice(xrefAt))) return 'trailer lacks /Root';
  return null;
}
