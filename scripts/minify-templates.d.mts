import type { Plugin } from 'esbuild';

/** The source with its Lit templates minified (css`…` by esbuild's CSS minifier, html`…` line breaks as spaces). */
export function minifyTemplateSource(source: string, fileName?: string): Promise<string>;
/** An esbuild plugin applying `minifyTemplateSource` to @homeward/widgets' TypeScript sources. */
export function minifyTemplates(): Plugin;
