import { migrate } from '../../db/migrate.ts';
import { connectConfigured, parseOptions, type Command } from './cli-support.ts';

export const run: Command = async (args) => {
  parseOptions(args, {});
  const database = await connectConfigured();
  try {
    const { applied } = await migrate(database.db);
    return {
      json: { database: database.kind, applied },
      text: applied.length ? `applied ${applied.join(', ')}` : 'the database is up to date',
    };
  } finally {
    await database.close();
  }
};
