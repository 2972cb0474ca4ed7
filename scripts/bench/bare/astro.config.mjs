// The bare comparison site of the benchmark: one page per document, nothing else.
import { defineConfig } from 'astro/config';

export default defineConfig({ output: 'static', trailingSlash: 'always' });
