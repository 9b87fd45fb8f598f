// `npm run dev`: the API with reload (tsx watch) on PORT (3000) and Vite's dev server on 5173,
// which proxies /api to the API. Ctrl+C stops both.
import { spawn, type ChildProcess } from 'node:child_process';

const children: ChildProcess[] = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'bin/grasrot.js', 'serve', '--no-build'], {
    stdio: 'inherit',
  }),
  spawn('npx', ['vite'], { stdio: 'inherit' }),
];

console.log('Gräsrot dev: open http://localhost:5173 (API on http://localhost:3000)');

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
