import { readBackupFile, restoreBackup } from '../../db/backup.ts';
import { parseOptions, UsageError, withDatabase, type Command } from './cli-support.ts';

export const run: Command = async (args) => {
  const { positionals } = parseOptions(args, {}, true);
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('usage: grasrot restore <file>');
  const backup = readBackupFile(file);
  const tables = await withDatabase(({ db }) => restoreBackup(db, backup));
  const rows = Object.values(tables).reduce((sum, count) => sum + count, 0);
  return {
    json: { file, migration: backup.migration, tables },
    text: `restored ${rows} rows in ${Object.keys(tables).length} tables from ${file}`,
  };
};
