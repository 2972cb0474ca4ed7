// A page's cumulative layout shift as a reader meets it: every shift since navigation (buffered),
// without user input.
import type { Page } from '@playwright/test';

/** The sum of the page's layout shifts so far that no input caused. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
          done(entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(0), 1000);
      }),
  );
}
