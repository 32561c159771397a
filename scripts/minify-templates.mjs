// Minifies the CSS and HTML of Lit's tagged templates (css`…`, html`…`, svg`…`) in @homeward/widgets' sources, as
// Lit advises for production: a JavaScript minifier never touches the text inside template literals. Used by every
// build that ships the widgets (tsup's dist, the script-tag bundle) and by the size budgets, which measure what ships.
// Tests and Storybook run the sources as written.
//
// - css`…` without `${}`: minified by esbuild's CSS minifier (comments, whitespace, shorter values).
// - html`…` / svg`…`: each run of whitespace that holds a line break becomes one space. HTML renders such a run as
//   one space anyway; the templates hold no <pre> or <textarea> text, and a `white-space: pre-line` answer is bound as
//   a value, so a line break of the template's own layout never was content.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import ts from 'typescript';

const CSS_TAG = 'css';
const MARKUP_TAGS = new Set(['html', 'svg']);

/** The raw text ranges of a template literal's static parts, between its backticks and `${…}`s. */
function staticParts(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) {
    return [{ start: template.getStart() + 1, end: template.getEnd() - 1 }];
  }
  const parts = [{ start: template.head.getStart() + 1, end: template.head.getEnd() - 2 }];
  for (const span of template.templateSpans) {
    const literal = span.literal;
    const closing = ts.isTemplateTail(literal) ? 1 : 2;
    parts.push({ start: literal.getStart() + 1, end: literal.getEnd() - closing });
  }
  return parts;
}

/** The source with its Lit templates minified; unchanged when it has none. */
export async function minifyTemplateSource(source, fileName = 'module.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      if (tag === CSS_TAG && ts.isNoSubstitutionTemplateLiteral(node.template)) {
        const [part] = staticParts(node.template);
        const text = source.slice(part.start, part.end);
        // Escapes would mean something else once re-read as CSS: leave such a stylesheet as written.
        if (!text.includes('\\')) edits.push({ ...part, css: text });
      } else if (MARKUP_TAGS.has(tag)) {
        for (const part of staticParts(node.template)) {
          edits.push({ ...part, text: source.slice(part.start, part.end).replace(/[ \t]*\r?\n\s*/g, ' ') });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (edits.length === 0) return source;
  for (const edit of edits) {
    if (edit.css !== undefined) {
      const { code } = await transform(edit.css, { loader: 'css', minify: true, logLevel: 'silent' });
      edit.text = code.trim();
    }
  }
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** An esbuild plugin applying `minifyTemplateSource` to the widgets' TypeScript sources. */
export function minifyTemplates() {
  return {
    name: 'homeward-minify-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/]widgets[\\/]src[\\/].*\.ts$/ }, async (args) => {
        if (/\.(test|stories)\.ts$/.test(args.path)) return undefined;
        const source = await readFile(args.path, 'utf8');
        return { contents: await minifyTemplateSource(source, args.path), loader: 'ts' };
      });
    },
  };
}
