import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateIncidentRecords, generateIntakeRecords } from '../../src/examples/generate.js';
import { fromJSONL, readJSONL, toJSONL, toJSONLStream } from '../../src/exchange/index.js';

const records = generateIntakeRecords(60, 11);

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else controller.close();
    },
  });
}

/** `bytes` cut at the given offsets. */
function cut(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const points = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const p of [...points, bytes.length]) {
    parts.push(bytes.slice(at, p));
    at = p;
  }
  return parts;
}

describe('toJSONL', () => {
  it('writes one JSON record per line, in chunks of whole lines', async () => {
    const chunks: string[] = [];
    for await (const chunk of toJSONL(records, { chunkLines: 25 })) chunks.push(chunk);
    expect(chunks).toHaveLength(3);
    for (const chunk of chunks) expect(chunk.endsWith('\n')).toBe(true);
    const lines = chunks.join('').split('\n').filter(Boolean);
    expect(lines.map((l) => JSON.parse(l))).toEqual(records);
  });

  it('takes an async iterable, and streams bytes that read back as the same records', async () => {
    async function* slowly() {
      for (const r of records) yield r;
    }
    const text = await new Response(toJSONLStream(slowly())).text();
    expect((await fromJSONL(text)).records).toEqual(records);
  });

  it('writes incident records', async () => {
    const incidents = generateIncidentRecords(5, 2);
    const back = await fromJSONL(await collect(toJSONL(incidents)), {
      kind: 'incident',
    });
    expect(back).toEqual({ records: incidents, errors: [] });
  });
});

describe('fromJSONL / readJSONL', () => {
  it('reads the same records however the bytes are cut into chunks, even inside a character', async () => {
    const withScripts = records.slice(0, 8);
    const bytes = new TextEncoder().encode(await collect(toJSONL(withScripts)));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (offsets) => {
        const back = await fromJSONL(streamOf(cut(bytes, offsets)));
        expect(back.errors).toEqual([]);
        expect(back.records).toEqual(withScripts);
      }),
      { numRuns: 60 },
    );
  });

  it('reports each bad line by number and keeps the good ones', async () => {
    const [a, b, c] = records.map((r) => JSON.stringify(r));
    const invalid = JSON.stringify({ ...records[3], registrationDate: '2026-13-01' });
    const text = `\uFEFF${a}\r\n{"not json"\r\n\r\n${b}\n${invalid}\n[1,2]\n${c}`;
    const result = await fromJSONL(text, { locale: 'id' });
    expect(result.records.map((r) => r.id)).toEqual([records[0]!.id, records[1]!.id, records[2]!.id]);
    expect(result.errors.map((e) => [e.line, e.code, e.column])).toEqual([
      [2, 'invalid_json', undefined],
      [5, 'invalid_date', 'registrationDate'],
      [6, 'invalid_type', undefined],
    ]);
  });

  it('reports a line whose bytes are not UTF-8, and reads the next', async () => {
    const encoder = new TextEncoder();
    const good = encoder.encode(`${JSON.stringify(records[0])}\n`);
    const bad = new Uint8Array([...encoder.encode('{"x":"caf'), 0xe9, ...encoder.encode('"}\n')]);
    const after = encoder.encode(JSON.stringify(records[1]));
    const result = await fromJSONL(new Blob([good, bad, after]));
    expect(result.records).toEqual([records[0], records[1]]);
    expect(result.errors).toEqual([expect.objectContaining({ line: 2, code: 'invalid_encoding' })]);
  });

  it('skips a line longer than the limit without holding it, and reads on', async () => {
    const long = 'x'.repeat(5000);
    async function* source() {
      yield `${JSON.stringify(records[0])}\n{"notes":"`;
      for (let i = 0; i < 20; i++) yield long;
      yield `"}\n${JSON.stringify(records[1])}\n`;
    }
    const result = await fromJSONL(source(), { maxLineLength: 20_000 });
    expect(result.records).toEqual([records[0], records[1]]);
    expect(result.errors).toEqual([expect.objectContaining({ line: 2, code: 'line_too_long' })]);
  });

  it('yields each record as soon as its line is complete, before the source ends', async () => {
    let produced = 0;
    async function* source() {
      for (const r of records.slice(0, 3)) {
        produced++;
        yield `${JSON.stringify(r)}\n`;
      }
    }
    const seen: number[] = [];
    for await (const item of readJSONL(source())) {
      expect('record' in item).toBe(true);
      seen.push(produced);
    }
    expect(seen).toEqual([1, 2, 3]);
  });

  it('reads strings, bytes and ArrayBuffers, and never throws on garbage', async () => {
    const text = `${JSON.stringify(records[0])}\n`;
    const bytes = new TextEncoder().encode(text);
    for (const source of [text, bytes, bytes.buffer, [text], new Blob([text])]) {
      expect((await fromJSONL(source as never)).records).toEqual([records[0]]);
    }
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (garbage) => {
        const result = await fromJSONL(garbage);
        expect(Array.isArray(result.errors)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
