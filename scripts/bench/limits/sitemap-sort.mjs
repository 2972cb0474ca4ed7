// The sort @astrojs/sitemap 3.7.4 does in generateSitemap, alone: every URL compared with
// localeCompare and options (a collator set up per call), against one Intl.Collator giving the
// same order. Usage: node scripts/bench/limits/sitemap-sort.mjs [N (default 10573)]
const count = Number(process.argv[2] ?? 10573);
const sections = ['news', 'events', 'people', 'organisations', 'stories', 'projects'];
// URLs in a scrambled but repeatable order, as a site's pages come from several routes.
const urls = Array.from({ length: count }, (_, i) => `https://example.org/${sections[i % sections.length]}/item-${(i * 7919) % count}-of-the-site/`);

const time = (label, sort) => {
  const copy = [...urls];
  const started = performance.now();
  sort(copy);
  console.log(`${label}: ${Math.round(performance.now() - started)} ms`);
  return copy;
};
for (let round = 1; round <= 3; round++) {
  console.log(`round ${round}, ${count} URLs`);
  const each = time('  localeCompare(b, "en", { numeric: true }) per comparison', (list) => list.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  const collator = new Intl.Collator('en', { numeric: true });
  const once = time('  one Intl.Collator("en", { numeric: true })', (list) => list.sort(collator.compare));
  if (each.some((url, i) => url !== once[i])) throw new Error('the two sorts disagree');
}
