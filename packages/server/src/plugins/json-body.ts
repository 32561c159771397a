import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import secureJson from 'secure-json-parse';
import { issue, type ServerIssue } from '../http/issues.js';

/** A body refused before any handler sees it; the error handler answers with its status and reason. */
export class BodyError extends Error {
  constructor(
    readonly statusCode: 400 | 415,
    readonly issue: ServerIssue,
  ) {
    super(issue.message);
    this.name = 'BodyError';
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * How deeply the JSON text nests, counted without parsing it (a loop, no recursion), stopping as soon as it passes
 * `limit`. 100,000 nested brackets under the size limit would otherwise overflow the stack of the first recursive
 * walk after JSON.parse (validation, JSON.stringify) and answer 500.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** Parses a JSON body strictly: UTF-8 only, bounded depth, no `__proto__` or `constructor.prototype` keys. */
export function parseJsonBody(body: Buffer, maxDepth: number): unknown {
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    throw new BodyError(400, issue('invalid_encoding', 'The body is not UTF-8 text.'));
  }
  if (text.trim() === '') throw new BodyError(400, issue('invalid_json', 'The body is empty.'));
  if (jsonDepthExceeds(text, maxDepth)) {
    throw new BodyError(400, issue('too_deep', `The JSON nests deeper than ${maxDepth} levels.`));
  }
  try {
    return secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    if (error instanceof SyntaxError && /prototype/i.test(error.message)) {
      throw new BodyError(
        400,
        issue('forbidden_key', 'The body has a __proto__ or constructor.prototype key.'),
      );
    }
    throw new BodyError(400, issue('invalid_json', 'The body is not valid JSON.'));
  }
}

/**
 * JSON is the only body the API reads: `application/json` (with any parameters) is parsed by `parseJsonBody`; every
 * other type is refused with 415 by Fastify (no parser registered for it).
 */
export const jsonBody = fp(
  async (app: FastifyInstance, options: { maxDepth: number }) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
      try {
        done(null, parseJsonBody(body as Buffer, options.maxDepth));
      } catch (error) {
        done(error as Error, undefined);
      }
    });
  },
  { name: 'homeward-json-body' },
);
