import { createBackup, writeBackupFile } from '../../db/backup.ts';
import { parseOptions, UsageError, withDatabase, type Command } from './cli-support.ts';

export const run: Command = async (args) => {
  const { positionals } = parseOptions(args, {}, true);
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('usage: grasrot backup <file>');
  const backup = await withDatabase(({ db }) => createBackup(db));
  writeBackupFile(file, backup);
  const tables = Object.fromEntries(
    Object.entries(backup.tables).map(([name, dump]) => [name, dump.rows.length]),
  );
  const rows = Object.values(tables).reduce((sum, count) => sum + count, 0);
  return {
    json: { file, migration: backup.migration, createdAt: backup.createdAt, tables },
    text: `wrote ${file}: ${rows} rows in ${Object.keys(tables).length} tables (schema ${backup.migration})`,
  };
};
