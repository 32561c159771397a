#!/usr/bin/env node
/** `homeward-server <command>`: serve (default), migrate, create-user, rotate-key, backup, copy-to-postgres. */
import { backupCommand } from './backup.js';
import { CliError, type Io, processIo } from './common.js';
import { copyToPostgresCommand } from './copy-to-postgres.js';
import { createUserCommand } from './create-user.js';
import { migrateCommand } from './migrate.js';
import { rotateKeyCommand } from './rotate-key.js';
import { serveCommand } from './serve.js';

const USAGE = `Usage: homeward-server <command>

  serve         start the server (default). Environment: HOST, PORT, HOMEWARD_DATA_DIR, DATABASE_URL,
                HOMEWARD_DATA_KEY or HOMEWARD_KEY_FILE (see the README)
  migrate       apply database migrations (also done on every start)
  create-user   --email --name --role admin|registrar|caseworker|analyst|partner [--office] [--partner]
                [--password-stdin]; without --password-stdin a password is generated and printed once
  rotate-key    re-seal every record under a new data key (refused while a server uses the data folder)
  backup [file] online backup of the SQLite database (PostgreSQL: prints pg_dump advice)
  copy-to-postgres --to postgres://user:password@host:5432/database
                copy the SQLite store of HOMEWARD_DATA_DIR into an empty PostgreSQL database (sealed as it is;
                --to defaults to DATABASE_URL); refused while a server uses the data folder`;

export async function main(argv: string[], env: NodeJS.ProcessEnv, io: Io = processIo): Promise<number> {
  const [command = 'serve', ...args] = argv;
  try {
    switch (command) {
      case 'serve': {
        const server = await serveCommand(env, io);
        const stop = (signal: string) => {
          io.err(`${signal}: finishing in-flight requests…`);
          server.close().then(
            () => process.exit(0),
            (error: unknown) => {
              io.err(String(error));
              process.exit(1);
            },
          );
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
        return -1;
      }
      case 'migrate':
        await migrateCommand(env, io);
        return 0;
      case 'create-user':
        await createUserCommand(env, args, io);
        return 0;
      case 'rotate-key':
        await rotateKeyCommand(env, io);
        return 0;
      case 'copy-to-postgres':
        await copyToPostgresCommand(env, args, io);
        return 0;
      case 'backup':
        await backupCommand(env, args, io);
        return 0;
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return 0;
      default:
        io.err(`Unknown command "${command}".\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (
      error instanceof CliError ||
      (error instanceof Error && error.name === 'TypeError' && 'code' in error)
    ) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

const invoked = process.argv[1] ?? '';
if (/cli[/\\]main\.(js|ts)$/.test(invoked) || invoked.endsWith('homeward-server')) {
  main(process.argv.slice(2), process.env).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
