import { appVersion } from '../platform/server/version.ts';
import { isUserError, UsageError, type CliIo, type Command } from './cli-support.ts';

const usage = `Usage: grasrot <command> [options] [--json]

Commands:
  serve                                  start the server (builds the web app when needed)
  migrate                                apply database migrations
  org create --slug <slug> --name "<name>" [--parent <slug>] [--kind association|district|party]
  user create --email <e-mail> --name "<first last>" --role <role> --org <slug> [--password <pw>]
  people import <file> --org <slug> [--dry-run] [--on-match update|skip]
                 [--new-people contacts|members]
                                         import people from CSV or XLSX (matched by member
                                         number, e-mail or phone; bad rows reported by line;
                                         new people the file does not say are members are
                                         contacts unless --new-people members)
  people undo-import --org <slug>        undo the association's latest import (within 7 days)
  people export --org <slug> [--list <id>] [--format csv|xlsx] [--out <file>|-]
                                         export people (all, or a saved list) to a file
                                         (- for standard output)
  districts import --org <slug> --geometry <file> --results <file> [--results <file> …]
                 --election "<name>" [--municipality <4-digit code>|all]
                                         import an election's districts (GeoJSON, WGS 84 or
                                         SWEREF 99 TM) and results (CSV) for one municipality,
                                         or all in the file as one election (a county's map);
                                         several results files are read as one (districts and
                                         the early votes not tied to a district, say);
                                         an election of the same name is replaced
  backup <file>                          write a consistent backup of the whole database
  restore <file>                         load a backup into an empty database
  demo                                   re-create the demo association (slug huddinge)
  --version                              print the version

Configuration comes from the environment: GRASROT_DATA_DIR, DATABASE_URL, PORT, … (see README).`;

const commands: Record<string, () => Promise<{ run: Command }>> = {
  serve: () => import('./serve.ts'),
  migrate: () => import('./migrate.ts'),
  'org create': () => import('./org-create.ts'),
  'user create': () => import('./user-create.ts'),
  'people import': () => import('./people-import.ts'),
  'people export': () => import('./people-export.ts'),
  'people undo-import': () => import('./people-undo-import.ts'),
  'districts import': () => import('./districts-import.ts'),
  backup: () => import('./backup.ts'),
  restore: () => import('./restore.ts'),
  demo: () => import('./demo.ts'),
};

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
};

/** Runs one command; returns the process exit code. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    io.out(usage);
    return argv.length === 0 ? 1 : 0;
  }
  if (argv[0] === '--version' || argv[0] === 'version') {
    io.out(appVersion);
    return 0;
  }
  const twoWords = `${argv[0]} ${argv[1] ?? ''}`;
  const name = commands[twoWords] ? twoWords : argv[0]!;
  const load = commands[name];
  const isJson = argv.includes('--json');
  try {
    if (!load) {
      const group = Object.keys(commands).filter((command) => command.startsWith(`${argv[0]} `));
      const command = argv.slice(0, group.length > 0 ? 2 : 1).join(' ');
      const hint = group.length > 0 ? `did you mean ${group.join(' or ')}?` : 'run grasrot --help';
      throw new UsageError(`unknown command "${command}"; ${hint}`);
    }
    const { run } = await load();
    const result = await run(argv.slice(name.split(' ').length), io);
    const summary = isJson ? JSON.stringify(result.json) : result.text;
    if (result.isStdoutTaken) io.err(summary);
    else io.out(summary);
    return 0;
  } catch (error) {
    if (isUserError(error)) {
      if (isJson) io.out(JSON.stringify({ error: error.message }));
      io.err(`grasrot: ${error.message}`);
      return 1;
    }
    io.err(`grasrot: unexpected error`);
    io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 2;
  }
}
