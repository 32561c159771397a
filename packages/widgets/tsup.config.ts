import { defineConfig } from 'tsup';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

// One output file per source module (no bundling): every class exists once (so `instanceof` and
// `customElements.get()` agree between `index` and the `define/*` entries), each locale's strings stay a module of
// their own loaded on demand, and a page's bundler keeps only the modules an entry reaches. Only `dist/define/*.js`
// register elements, which is all package.json's `sideEffects` lists. Test helpers and fixtures are not published.
export default defineConfig({
  entry: [
    'src/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/test/**',
    '!src/**/testing/**',
    '!src/**/testing.ts',
    '!src/**/fixtures.ts',
  ],
  bundle: false,
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  // Lit's templates minified (their CSS and line breaks), as in every bundle of the widgets that ships.
  esbuildPlugins: [minifyTemplates()],
});
