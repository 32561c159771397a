import { fieldCatalog } from '@homeward/core';
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';

/** Where a record may sit in a log object: as itself, or under one of these keys (any one level down too). */
const RECORD_HOLDERS = ['record', 'body', 'current', 'input', 'value'];

/**
 * Pino redaction paths for every field of both records, derived from core's field catalogue (never hand-listed):
 * `record.person.fullName`, `*.record.documents[*].number`, ...
 */
export function redactPaths(): string[] {
  const fields = new Set<string>();
  for (const catalog of Object.values(fieldCatalog)) {
    // The top-level key of every field: censoring `record.person` hides `record.person.fullName` and every other
    // field under it. Listing the nested paths too only multiplied the paths pino checks on every log call and
    // on every request's child logger (1,230 paths were 7% of the server's time under intake load).
    for (const path of Object.keys(catalog)) fields.add(path.split(/[.[]/)[0]!);
  }
  const paths: string[] = [];
  for (const field of fields) {
    for (const holder of RECORD_HOLDERS) {
      paths.push(`${holder}.${field}`, `*.${holder}.${field}`);
    }
  }
  return paths;
}

/** The server's pino logger: JSON lines, record fields redacted, URLs logged without their query (names searched). */
export function createLogger(options: LoggerOptions = {}, destination?: DestinationStream): Logger {
  const settings: LoggerOptions = {
    level: process.env.LOG_LEVEL ?? 'info',
    ...options,
    redact: { paths: redactPaths(), censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        url: req.url.split('?')[0],
        ip: req.ip,
      }),
    },
  };
  return destination ? pino(settings, destination) : pino(settings);
}
