import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords.js';
import { storeOptions } from '../config/index.js';
import { openStore } from '../store/open-store.js';
import type { Role } from '../store/types.js';
import { CliError, configOrExit, explain, type Io } from './common.js';

const ROLES: Role[] = ['admin', 'registrar', 'caseworker', 'analyst', 'partner'];

/** A readable random password: 20 characters of base64url, about 120 bits. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/**
 * `homeward-server create-user --email a@b --name "Ana" --role admin [--office pnh] [--partner <id>]
 * [--password-stdin]`: missing values are asked for on a terminal. Without --password-stdin a password is generated
 * and printed once; nothing else secret is printed.
 */
export async function createUserCommand(env: NodeJS.ProcessEnv, args: string[], io: Io): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      office: { type: 'string' },
      partner: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const ask = async (question: string): Promise<string> => {
    if (!process.stdin.isTTY) throw new CliError(`Missing --${question} (no terminal to ask on).`);
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return (await rl.question(`${question}: `)).trim();
    } finally {
      rl.close();
    }
  };
  const email = values.email ?? (await ask('email'));
  const name = values.name ?? (await ask('name'));
  const role = (values.role ?? (await ask('role'))) as Role;
  if (!/^[^\s@]+@[^\s@]+$/.test(email))
    throw new CliError(`--email must be an email address; got "${email}".`);
  if (!name) throw new CliError('--name must not be empty.');
  if (!ROLES.includes(role)) throw new CliError(`--role must be one of ${ROLES.join(', ')}; got "${role}".`);
  if ((role === 'caseworker' || role === 'registrar') && !values.office) {
    throw new CliError(`A ${role} works for one office: give --office.`);
  }
  if (role === 'partner' && !values.partner)
    throw new CliError('A partner account needs --partner <partner id>.');

  let password: string;
  let generated = false;
  if (values['password-stdin']) {
    password = await readStdin();
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new CliError(`The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
    }
  } else {
    password = generatePassword();
    generated = true;
  }

  const config = configOrExit(env);
  const store = await openStore(storeOptions(config)).catch(explain);
  try {
    if (await store.users.getByEmail(email))
      throw new CliError(`A user with the email ${email} exists already.`);
    if (values.partner && !(await store.partners.get(values.partner))) {
      throw new CliError(`No partner organisation has the id ${values.partner}.`);
    }
    const user = await store.users.create({
      email,
      name,
      role,
      office: values.office ?? null,
      partnerId: values.partner ?? null,
      passwordHash: await hashPassword(password),
    });
    await store.audit.append({
      actorId: null,
      actorRole: 'cli',
      action: 'user.create',
      targetType: 'user',
      targetId: user.id,
      ip: null,
      detail: { role },
    });
    io.out(`Created ${role} ${user.email} (id ${user.id}).`);
    if (generated) io.out(`Password (shown once, change it after signing in): ${password}`);
  } finally {
    await store.close();
  }
}
