import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', validate: 'src/validate/index.ts', examples: 'src/examples/index.ts' },
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
});
