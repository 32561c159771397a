import { loadConfig, type ServerConfig } from '../config/index.js';
import { StoreOpenError } from '../store/types.js';

/** Output of a command: stdout for results, stderr for messages (tests capture both). */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A failure the operator can act on: printed as its message, exit code 1, no stack trace. */
export class CliError extends Error {}

export function configOrExit(env: NodeJS.ProcessEnv): ServerConfig {
  const result = loadConfig(env);
  if (!result.ok) {
    throw new CliError(`Configuration refused:\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
  }
  return result.config;
}

/** Store errors the operator can fix become CliErrors with their message. */
export function explain(error: unknown): never {
  if (error instanceof StoreOpenError) throw new CliError(error.message);
  throw error;
}
