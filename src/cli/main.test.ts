import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.ts';

// The command's user errors, run in-process through main(argv, io): each is one line on stderr
// starting with `grasrot:`, with exit code 1, and none of them opens a database.

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const userErrors: [string[], RegExp][] = [
  [['frobnicate'], /^grasrot: unknown command "frobnicate"; run grasrot --help$/],
  [['org'], /^grasrot: unknown command "org"; did you mean org create\?$/],
  [
    ['org', 'delete', '--slug', 'x'],
    /^grasrot: unknown command "org delete"; did you mean org create\?$/,
  ],
  [['org', 'create', '--name', 'Utan slug'], /^grasrot: --slug is required$/],
  [['org', 'create', '--slug', '  ', '--name', 'Tom slug'], /^grasrot: --slug is required$/],
  [['org', 'create', '--slug', 'Botkyrka!', '--name', 'x'], /^grasrot: --slug must be lowercase/],
  [['org', 'create', '--slug', 'botkyrka'], /^grasrot: --name is required$/],
  [['org', 'create', '--slug', 'botkyrka', '--name', 'x'.repeat(201)], /^grasrot: --name must be/],
  [['org', 'create', '--slug', 'bb', '--name', 'x', '--kind', 'city'], /^grasrot: --kind must be/],
  [['org', 'create', '--slug'], /^grasrot: Option '--slug <value>' argument missing/],
  [['org', 'create', '--slug', 'b', '--name', 'x', '--colour', 'red'], /^grasrot: Unknown option/],
  [['org', 'create', '--slug', 'b', '--name', 'x', 'extra'], /^grasrot: Unexpected argument/],
  [
    [
      'user',
      'create',
      '--email',
      'ada@example.org',
      '--name',
      'Ada L',
      '--role',
      'boss',
      '--org',
      'b',
    ],
    /^grasrot: --role must be admin, organizer, coordinator or activist$/,
  ],
  [
    [
      'user',
      'create',
      '--email',
      'not-an-address',
      '--name',
      'Ada L',
      '--role',
      'admin',
      '--org',
      'b',
    ],
    /^grasrot: --email is not a valid e-mail address$/,
  ],
  [
    ['user', 'create', '--email', 'ada@example.org', '--name', 'Ada L'],
    /^grasrot: --role is required$/,
  ],
  [
    [
      'user',
      'create',
      '--email',
      'a@example.org',
      '--name',
      'A L',
      '--role',
      'admin',
      '--org',
      'b',
      '--password',
      'short',
    ],
    /^grasrot: --password must be at least 10 characters$/,
  ],
  [
    [
      'user',
      'create',
      '--email',
      'a@example.org',
      '--name',
      'Bob',
      '--role',
      'admin',
      '--org',
      'b',
    ],
    /^grasrot: --name must be first and last name/,
  ],
  [['backup'], /^grasrot: usage: grasrot backup <file>$/],
  [['restore', 'a.gz', 'b.gz'], /^grasrot: usage: grasrot restore <file>$/],
  [['restore', '/nonexistent/backup.gz'], /^grasrot: no such file: \/nonexistent\/backup\.gz$/],
];

describe('user errors', () => {
  it.each(userErrors)('grasrot %j', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(1);
    expect(result.err.split('\n'), result.err).toHaveLength(1);
    expect(result.err).toMatch(message);
    expect(result.out).toBe('');
  });

  it('with --json, the error is also printed as JSON on stdout', async () => {
    const result = await run('org', 'create', '--name', 'x', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out)).toEqual({ error: '--slug is required' });
    expect(result.err).toBe('grasrot: --slug is required');
  });

  it('a bad environment variable is named, not shown as a crash', async () => {
    vi.stubEnv('PORT', 'eighty');
    const result = await run('migrate');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^grasrot: invalid PORT: /);
    expect(result.err.split('\n')).toHaveLength(1);
  });

  it('DATABASE_SCHEMA needs DATABASE_URL and a plain name', async () => {
    vi.stubEnv('DATABASE_URL', '');
    vi.stubEnv('DATABASE_SCHEMA', 'restore_test');
    expect((await run('migrate')).err).toBe('grasrot: DATABASE_SCHEMA needs DATABASE_URL');
    vi.stubEnv('DATABASE_URL', 'postgres://postgres@127.0.0.1:1/test');
    vi.stubEnv('DATABASE_SCHEMA', 'x; drop table people');
    expect((await run('migrate')).err).toMatch(/^grasrot: DATABASE_SCHEMA must be lowercase/);
  });

  it('an unreachable PostgreSQL is one line naming the host, never the password', async () => {
    // Port 1 on the loopback interface refuses at once.
    vi.stubEnv('DATABASE_URL', 'postgres://grasrot:hemligt@127.0.0.1:1/grasrot');
    const result = await run('migrate');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^grasrot: cannot connect to PostgreSQL at 127\.0\.0\.1:1: /);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).not.toContain('hemligt');
  });
});

describe('help', () => {
  it('--version prints the version', async () => {
    const result = await run('--version');
    expect(result.code).toBe(0);
    expect(result.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('--help prints the usage and exits 0; no arguments exits 1', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: grasrot <command>/);
    for (const command of [
      'serve',
      'migrate',
      'org create',
      'user create',
      'backup',
      'restore',
      'demo',
    ]) {
      expect(help.out).toContain(`  ${command}`);
    }
    expect((await run()).code).toBe(1);
  });
});
