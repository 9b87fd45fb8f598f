import { startServer } from '../server/main.ts';
import { ensureWebBuild } from '../server/web-build.ts';
import { loadCliConfig, parseOptions, type Command } from './cli-support.ts';

export const run: Command = async (args, io) => {
  const { values } = parseOptions(args, { 'no-build': { type: 'boolean' } });
  const config = loadCliConfig();
  if (!values['no-build']) await ensureWebBuild(io.err);
  await startServer(config);
  return {
    json: { url: config.publicUrl, port: config.port },
    text: `Gräsrot is running at ${config.publicUrl} (stop with Ctrl+C)`,
  };
};
