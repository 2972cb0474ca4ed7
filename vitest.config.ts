// Unit tests run through Astro's Vite config so `astro/zod` and the `@/` alias resolve as in the site.
/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/commands/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 180_000,
    // Two files at a time even on two cores: most of a unit test's time is spent in child
    // processes (builds, the Studio's validation), and a second file fills the waits (440 s to 300 s).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
