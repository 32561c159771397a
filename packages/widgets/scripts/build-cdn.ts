/**
 * The one-script-tag bundle for sites without build tools:
 *
 *   <script type="module" src="homeward.js"></script>
 *
 * `dist/cdn/homeward.js` is one self-contained file: lit, the d3 modules, @homeward/core and every element; it
 * registers every `hw-` tag (it imports every entry in src/define/, so a new element is in it without editing this
 * file). Whatever the sources load with a dynamic `import()` (each locale's strings; English is static) becomes a
 * self-contained file in `dist/cdn/chunks/`, fetched only when a page shows that locale.
 *
 * Why not esbuild's own code splitting: it moves shared runtime helpers into a chunk that the entry then imports
 * statically, so the entry would no longer be one file. Here each lazily loaded module is bundled on its own instead,
 * and the build names any module that a chunk would copy from the entry (a cost for data, a bug for state).
 *
 *   tsx scripts/build-cdn.ts [--outdir dir] [--no-minify]
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const defineDir = join(packageDir, 'src', 'define');
const ENTRY = 'homeward-cdn-entry';

/** Every file in src/define/: each registers one tag. */
export async function defineEntries(): Promise<string[]> {
  const names = await readdir(defineDir);
  return names
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'))
    .sort()
    .map((name) => join(defineDir, name));
}

/** A virtual entry module that imports every define/ entry. */
function allDefinitions(entries: string[]): Plugin {
  return {
    name: 'homeward-all-definitions',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: new RegExp(`^${ENTRY}$`) }, () => ({ path: ENTRY, namespace: ENTRY }));
      pluginBuild.onLoad({ filter: /.*/, namespace: ENTRY }, () => ({
        contents: entries.map((file) => `import ${JSON.stringify(file)};`).join('\n'),
        resolveDir: defineDir,
        loader: 'js',
      }));
    },
  };
}

/**
 * Leaves every dynamic `import()` of a module out of the bundle, pointing it at `chunks/<name>.js` instead, and
 * records which modules were imported that way.
 */
function lazyModules(found: Set<string>, chunkPath: (file: string) => string): Plugin {
  return {
    name: 'homeward-lazy-modules',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'lazy') return undefined;
        const resolved = await pluginBuild.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'lazy',
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        found.add(resolved.path);
        return { path: chunkPath(resolved.path), external: true };
      });
    },
  };
}

/** `src/shared/localize/ui/fr.ts` → `ui-fr`: names that say which catalogue and which locale a chunk holds. */
function chunkStem(file: string): string {
  return `${basename(dirname(file))}-${basename(file, extname(file))}`;
}

/** esbuild types the metafile as optional; every build here asks for one. */
function metafileOf(result: { metafile?: Metafile | undefined }): Metafile {
  if (!result.metafile) throw new Error('esbuild returned no metafile');
  return result.metafile;
}

function inputsOf(metafile: Metafile): Set<string> {
  return new Set(Object.keys(metafile.inputs).filter((input) => !input.startsWith('<')));
}

export interface CdnBuild {
  outdir: string;
  /** The entry file: what the script tag loads. */
  entry: string;
  /** Lazily loaded chunks, relative to `outdir`. */
  chunks: string[];
  /** The entry's metafile (inputs and their bytes), for size reports. */
  metafile: Metafile;
  /**
   * Lazily loaded modules that carry a second copy of a module that is also in the entry (e.g. a locale that still
   * spreads the English catalogue). Harmless for data, a bug for a module with state: the build prints them.
   */
  duplicated: Map<string, string[]>;
}

export async function buildCdn({
  outdir = join(packageDir, 'dist', 'cdn'),
  minify = true,
}: {
  outdir?: string;
  minify?: boolean;
} = {}): Promise<CdnBuild> {
  outdir = resolve(outdir);
  const { version } = (await import(join(packageDir, 'package.json'), { with: { type: 'json' } }))
    .default as {
    version: string;
  };
  const entries = await defineEntries();
  if (entries.length === 0) throw new Error(`no element entries in ${defineDir}`);

  const common: BuildOptions = {
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify,
    // Khmer and Chinese strings as UTF-8, not \u escapes: a third of the bytes (module scripts are always UTF-8).
    charset: 'utf8',
    // The packages' TypeScript sources, compiled with the repository's legacy-decorator settings.
    conditions: ['source'],
    tsconfig: join(packageDir, '..', '..', 'tsconfig.base.json'),
    banner: { js: `/*! @homeward/widgets ${version} (script-tag bundle) | MIT */` },
    absWorkingDir: packageDir,
    metafile: true,
    logLevel: 'warning',
  };

  // 1. Which modules does the entry load lazily?
  const lazy = new Set<string>();
  const probe = await build({
    ...common,
    entryPoints: [{ in: ENTRY, out: 'homeward' }],
    outdir,
    write: false,
    plugins: [allDefinitions(entries), lazyModules(lazy, () => './chunks/pending.js')],
  });
  const entryInputs = inputsOf(metafileOf(probe));

  // 2. Bundle each one on its own, named by its content so a cached old chunk is never used by a new entry.
  const chunkFiles = new Map<string, { name: string; code: Uint8Array }>();
  const duplicated = new Map<string, string[]>();
  for (const file of [...lazy].sort()) {
    const nested = new Set<string>();
    const result = await build({
      ...common,
      entryPoints: [file],
      outfile: join(outdir, 'chunks', 'pending.js'),
      write: false,
      plugins: [lazyModules(nested, () => './pending.js')],
    });
    if (nested.size > 0) throw new Error(`${file}: a lazily loaded module may not load others lazily`);
    const shared = [...inputsOf(metafileOf(result))].filter((input) => entryInputs.has(input));
    if (shared.length > 0) duplicated.set(relative(packageDir, file), shared);
    const code = result.outputFiles[0]!.contents;
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 8);
    chunkFiles.set(file, { name: `${chunkStem(file)}-${hash}.js`, code });
  }

  // 3. The entry, pointing each dynamic import at its chunk.
  await rm(outdir, { recursive: true, force: true });
  await mkdir(join(outdir, 'chunks'), { recursive: true });
  const final = await build({
    ...common,
    entryPoints: [{ in: ENTRY, out: 'homeward' }],
    outdir,
    sourcemap: 'linked',
    plugins: [
      allDefinitions(entries),
      lazyModules(new Set(), (file) => `./chunks/${chunkFiles.get(file)!.name}`),
    ],
  });
  const entryKey = relative(packageDir, join(outdir, 'homeward.js'));
  const imports = metafileOf(final).outputs[entryKey]?.imports ?? [];
  // The script tag must be enough on its own.
  const staticImports = imports.filter((i) => i.kind === 'import-statement');
  if (staticImports.length > 0) {
    throw new Error(`homeward.js must be self-contained, but imports ${JSON.stringify(staticImports)}`);
  }
  // Only the chunks the entry still loads after tree shaking (a module can import a locale nobody calls for).
  const used = new Set(imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path));
  const chunks: string[] = [];
  for (const [file, { name, code }] of chunkFiles) {
    if (!used.has(`./chunks/${name}`)) {
      duplicated.delete(relative(packageDir, file));
      continue;
    }
    await writeFile(join(outdir, 'chunks', name), code);
    chunks.push(`chunks/${name}`);
  }
  return {
    outdir,
    entry: join(outdir, 'homeward.js'),
    chunks: chunks.sort(),
    metafile: metafileOf(final),
    duplicated,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const { values } = parseArgs({
    options: { outdir: { type: 'string' }, 'no-minify': { type: 'boolean', default: false } },
  });
  const built = await buildCdn({
    ...(values.outdir ? { outdir: values.outdir } : {}),
    minify: !values['no-minify'],
  });
  for (const [file, shared] of built.duplicated) {
    console.warn(`warning: ${file} is loaded lazily but copies ${shared.join(', ')} from homeward.js`);
  }
  console.log(
    `script-tag bundle: ${relative(process.cwd(), built.entry)} and ${built.chunks.length} lazily loaded chunks`,
  );
}
