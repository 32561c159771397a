/**
 * The script-tag bundles for sites without build tools:
 *
 *   <script type="module" src="homeward.js"></script>          every public element: forms, controls, charts
 *   <script type="module" src="homeward-staff.js"></script>    the staff elements (sign-in, case search, case view...)
 *
 * Each is one self-contained file: lit, the d3 modules, @homeward/core and its elements. `homeward.js` registers every
 * `hw-` tag of src/define/ except the staff ones (an entry that imports from src/staff/), which `homeward-staff.js`
 * registers: a public form on a phone does not download the desk's elements. A staff page may load both; an element
 * both define (a form control) is registered once. A new element is in one of them without editing this file.
 * Whatever the sources load with a dynamic `import()` (each locale's strings; English is static; the CSV reader of
 * charts; the form's outbox panel and QR code) becomes a self-contained file in `dist/cdn/chunks/`, fetched only when
 * a page needs it.
 *
 * Why not esbuild's own code splitting: it moves shared code and runtime helpers into chunks that the entry then
 * imports statically, so the entry would no longer be one file. Here each lazily loaded module is bundled on its own
 * instead (recursively, if it loads others lazily); the build names any module a chunk copies from the entry: a cost
 * for data and pure functions, a bug for a module with state.
 *
 *   tsx scripts/build-cdn.ts [--outdir dir] [--no-minify]
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';
import { minifyTemplates } from '../../../scripts/minify-templates.mjs';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const defineDir = join(packageDir, 'src', 'define');
const ENTRY = 'homeward-cdn-entry';
const STAFF_ENTRY = 'homeward-cdn-staff-entry';
const PLACEHOLDER = /^\.\/__lazy__\/(\d+)\.js$/;

/** Every file in src/define/: each registers one tag. */
export async function defineEntries(): Promise<string[]> {
  const names = await readdir(defineDir);
  return names
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'))
    .sort()
    .map((name) => join(defineDir, name));
}

/** Whether a define/ entry registers a staff element (it imports from src/staff/): those go in homeward-staff.js. */
export async function isStaffEntry(file: string): Promise<boolean> {
  return /from\s+['"]\.\.\/staff\//.test(await readFile(file, 'utf8'));
}

/** The define/ entries of each script-tag bundle. */
export async function bundleEntries(): Promise<{ public: string[]; staff: string[] }> {
  const entries = await defineEntries();
  const staff = await Promise.all(entries.map(isStaffEntry));
  return { public: entries.filter((_, i) => !staff[i]), staff: entries.filter((_, i) => staff[i]) };
}

/** A virtual entry module (named `name`) that imports the given define/ entries. */
function allDefinitions(name: string, entries: string[]): Plugin {
  return {
    name: `homeward-definitions-${name}`,
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path: name, namespace: name }));
      pluginBuild.onLoad({ filter: /.*/, namespace: name }, () => ({
        contents: entries.map((file) => `import ${JSON.stringify(file)};`).join('\n'),
        resolveDir: defineDir,
        loader: 'js',
      }));
    },
  };
}

/**
 * Leaves every dynamic `import()` of a module out of the bundle. Until the chunk's name is known it points at a
 * numbered placeholder (`./__lazy__/3.js`, index into `found`); once known, at the chunk.
 */
function lazyModules(found: string[], chunkPath: (file: string) => string | undefined): Plugin {
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
        const known = chunkPath(resolved.path);
        if (known) return { path: known, external: true };
        let index = found.indexOf(resolved.path);
        if (index < 0) index = found.push(resolved.path) - 1;
        return { path: `./__lazy__/${index}.js`, external: true };
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

/** The one JS output of a build: its key in the metafile, the modules it really carries, what it loads lazily. */
function jsOutput(metafile: Metafile) {
  const [key, output] = Object.entries(metafile.outputs).find(([file]) => file.endsWith('.js'))!;
  const carried = Object.entries(output.inputs)
    .filter(([input, { bytesInOutput }]) => bytesInOutput > 0 && !input.startsWith('<'))
    .map(([input]) => input);
  return { key, output, carried };
}

export interface CdnBuild {
  outdir: string;
  /** The entry file: what the script tag loads. */
  entry: string;
  /** The staff elements' entry file. */
  staffEntry: string;
  /** Lazily loaded chunks, relative to `outdir`. */
  chunks: string[];
  /** The entry's metafile (inputs and their bytes), for size reports. */
  metafile: Metafile;
  /**
   * Chunks that carry a second copy of a module that is also in the entry (a locale that still spreads the English
   * catalogue; core's CSV helpers in the CSV chunk). Harmless for data and pure functions: the build prints them.
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
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const entries = await bundleEntries();
  if (entries.public.length === 0) throw new Error(`no element entries in ${defineDir}`);

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
    write: false,
    logLevel: 'warning',
  };

  /** Chunks built so far, by source file; named by content so a cached old chunk never meets a new entry. */
  const chunks = new Map<string, { name: string; code: Uint8Array; carried: string[] }>();
  const building = new Set<string>();

  /**
   * Bundles `options`' entry with its lazy imports left out, builds (first) every chunk it still loads after tree
   * shaking, and returns the bundle pointing at them. `prefix` is the path from this output to the chunks folder.
   */
  async function bundleWithChunks(options: BuildOptions, plugins: Plugin[], prefix: string) {
    const found: string[] = [];
    const probe = await build({
      ...options,
      plugins: [...plugins, minifyTemplates(), lazyModules(found, () => undefined)],
    });
    const loaded = jsOutput(metafileOf(probe))
      .output.imports.filter((i) => i.kind === 'dynamic-import')
      .map((i) => PLACEHOLDER.exec(i.path))
      .filter((m) => m !== null)
      .map((m) => found[Number(m[1])]!);
    if (loaded.length === 0) return probe;
    for (const file of loaded) await buildChunk(file);
    return build({
      ...options,
      plugins: [
        ...plugins,
        minifyTemplates(),
        lazyModules([], (file) => (chunks.has(file) ? prefix + chunks.get(file)!.name : undefined)),
      ],
    });
  }

  async function buildChunk(file: string): Promise<void> {
    if (chunks.has(file)) return;
    if (building.has(file)) throw new Error(`${file} loads itself lazily through a cycle`);
    building.add(file);
    const result = await bundleWithChunks(
      { ...common, entryPoints: [file], outdir: join(outdir, 'chunks'), entryNames: 'chunk' },
      [],
      './',
    );
    const code = result.outputFiles!.find((f) => f.path.endsWith('.js'))!.contents;
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 8);
    chunks.set(file, {
      name: `${chunkStem(file)}-${hash}.js`,
      code,
      carried: jsOutput(metafileOf(result)).carried,
    });
    building.delete(file);
  }

  const bundles = [
    { name: ENTRY, out: 'homeward', entries: entries.public },
    { name: STAFF_ENTRY, out: 'homeward-staff', entries: entries.staff },
  ].filter((b) => b.entries.length > 0);
  const results = [];
  for (const b of bundles) {
    const result = await bundleWithChunks(
      { ...common, entryPoints: [{ in: b.name, out: b.out }], outdir, sourcemap: 'linked' },
      [allDefinitions(b.name, b.entries)],
      './chunks/',
    );
    // The script tag must be enough on its own.
    const staticImports = jsOutput(metafileOf(result)).output.imports.filter(
      (i) => i.kind === 'import-statement',
    );
    if (staticImports.length > 0) {
      throw new Error(`${b.out}.js must be self-contained, but imports ${JSON.stringify(staticImports)}`);
    }
    results.push(result);
  }
  const entryResult = results[0]!;

  await rm(outdir, { recursive: true, force: true });
  await mkdir(join(outdir, 'chunks'), { recursive: true });
  for (const result of results)
    for (const file of result.outputFiles!) await writeFile(file.path, file.contents);
  const entryCarries = new Set(results.flatMap((result) => jsOutput(metafileOf(result)).carried));
  const duplicated = new Map<string, string[]>();
  for (const [file, { name, code, carried }] of chunks) {
    await writeFile(join(outdir, 'chunks', name), code);
    const copies = carried.filter((input) => entryCarries.has(input));
    if (copies.length > 0) duplicated.set(relative(packageDir, file), copies);
  }
  return {
    outdir,
    entry: join(outdir, 'homeward.js'),
    staffEntry: join(outdir, 'homeward-staff.js'),
    chunks: [...chunks.values()].map(({ name }) => `chunks/${name}`).sort(),
    metafile: metafileOf(entryResult),
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
  for (const [file, copies] of built.duplicated) {
    console.warn(`note: ${file} is loaded lazily and carries its own copy of ${copies.join(', ')}`);
  }
  console.log(
    `script-tag bundles: ${relative(process.cwd(), built.entry)}, ${relative(process.cwd(), built.staffEntry)} and ${built.chunks.length} lazily loaded chunks`,
  );
}
