import { defineConfig } from 'tsup';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

// Entries: `index` (classes, no side effects) and one per `src/define/*.ts` file (each registers its tag).
// Splitting gives one copy of every class, shared by `index` and the define entries (so `instanceof` and
// `customElements.get()` agree), and keeps every locale's strings in a chunk of its own, loaded on demand.
// Code shared by two entries moves into `dist/chunk-*.js`, which is why package.json lists those chunks in
// `sideEffects` beside `dist/define/*.js`: a registration or setup import shared by two entries lands there.
export default defineConfig({
  entry: ['src/index.ts', 'src/define/*.ts', '!src/**/*.test.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  // Lit's templates minified (their CSS and line breaks), as in every bundle of the widgets that ships.
  esbuildPlugins: [minifyTemplates()],
});
