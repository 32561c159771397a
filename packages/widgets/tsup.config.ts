import { defineConfig } from 'tsup';

// Entries: `index` (classes, no side effects) and one per `src/define/*.ts` file (each registers its tag).
// Splitting shares one copy of Lit and of the shared code between entries; every locale's strings stay a chunk of
// its own, loaded on demand.
export default defineConfig({
  entry: ['src/index.ts', 'src/define/*.ts', '!src/**/*.test.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
});
