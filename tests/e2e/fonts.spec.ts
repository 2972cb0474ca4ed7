// First visits paint in the brand fonts: with font-display: optional a font that is late for the
// first paint is skipped for the whole view, so the layout preloads the fonts the first screen uses.
import { expect, test } from '@playwright/test';

// The ~100 ms in which an optional font may still be used is wall-clock time: on a machine busy
// with other work even a local font can miss it. A first visit cannot be repeated within a test,
// so a failed one is tried again in a fresh browser context (a real regression fails every time).
test.describe.configure({ retries: 2 });

for (const path of ['/', '/projects/microbiome-signature/', '/search/']) {
  test(`${path} asks for both brand fonts before its first paint, and paints in them on a first visit`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(path, { waitUntil: 'load' });
    // Which request fetched each font, and when, against the first paint.
    const timing = await page.evaluate(() => ({
      fonts: performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.woff2'))
        .map((entry) => ({ name: entry.name, by: (entry as PerformanceResourceTiming).initiatorType, start: entry.startTime })),
      firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? Infinity,
    }));
    expect(timing.fonts.map((font) => font.name.replace(/^.*\/_astro\/([a-z0-9-]+)\..*$/, '$1')).sort()).toEqual(['inter-latin-wght-normal', 'source-serif-4-latin-wght-normal']);
    for (const font of timing.fonts) {
      expect(font.by, font.name).toBe('link');
      expect(font.start, font.name).toBeLessThan(timing.firstPaint);
    }
    // What Chromium drew the heading and the navigation with.
    const session = await context.newCDPSession(page);
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument');
    const family = async (selector: string) => {
      const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.map((font) => font.familyName).join(', ');
    };
    expect(await family('main h1')).toMatch(/^Source Serif/);
    expect(await family('nav[aria-label="Main"] a')).toMatch(/^Inter/);
    await context.close();
  });
}
