import { defineConfig } from 'tsup';

// One output file per source module (no bundling): a page's bundler then keeps only the modules it uses, as
// `sideEffects: false` allows. A bundled `dist/index.js` would carry every record, exchange format and dependency
// (papaparse included) into every form that imports one validator.
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts'],
  bundle: false,
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
