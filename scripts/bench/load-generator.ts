// The load generator for the HTTP benches: wrk (C, epoll; far above what one Node process can
// answer), installed with apt-get when missing. Without it the benches fall back to autocannon
// and say so: autocannon is itself a Node process, and on a large answer it reads fewer bytes a
// second than the app can send, so what it measures there is its own ceiling.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Load {
  /** Answers a second. */
  requests: number;
  /** Answers in all. */
  count: number;
  /** Latency percentiles, in milliseconds. */
  p50: number;
  p99: number;
  /** Bytes read per answer, headers included. */
  bytesPerAnswer: number;
  /** Answers with an error status (≥ 400), timeouts and socket errors. */
  errors: number;
  /** The generator's own CPU use, in cores (wrk only): well under its threads means it waited on the server. */
  generatorCores?: number;
}

export interface LoadOptions {
  seconds: number;
  connections: number;
  threads?: number;
  headers?: Record<string, string>;
}

export type Generator = {
  name: 'wrk' | 'autocannon';
  load: (url: string, options: LoadOptions) => Promise<Load>;
};

// wrk calls done() once, after the run: one JSON line with what the benches print.
const DONE_SCRIPT = `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK_JSON {"requests":%d,"us":%d,"bytes":%d,"errors":%d,' ..
    '"p50":%d,"p99":%d}\\n', summary.requests, summary.duration, summary.bytes,
    e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
`;

function hasWrk() {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk --version exits with 1 after printing its version; only a missing binary throws ENOENT.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

function installWrk(): boolean {
  console.log('bench: wrk is not installed; installing it (apt-get install -y wrk) …');
  const asRoot = process.getuid?.() === 0;
  const command = asRoot ? 'apt-get' : 'sudo';
  const args = [...(asRoot ? [] : ['-n', 'apt-get']), 'install', '-y', '-q'];
  // Wait for another apt-get holding the lock rather than fail at once.
  args.push('-o', 'DPkg::Lock::Timeout=300', 'wrk');
  try {
    execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    return false;
  }
  return hasWrk();
}

async function wrkLoad(url: string, options: LoadOptions): Promise<Load> {
  const script = join(mkdtempSync(join(tmpdir(), 'bench-wrk-')), 'done.lua');
  writeFileSync(script, DONE_SCRIPT);
  const args = ['-t', String(options.threads ?? 1), '-c', String(options.connections)];
  args.push('-d', `${options.seconds}s`, '--timeout', '5s', '-s', script);
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    args.push('-H', `${name}: ${value}`);
  }
  const { stdout, cpuSeconds } = await runMeasured('wrk', [...args, url]);
  const line = stdout.split('\n').find((text) => text.startsWith('WRK_JSON '));
  if (!line) throw new Error(`wrk printed no summary:\n${stdout}`);
  const result = JSON.parse(line.slice('WRK_JSON '.length)) as {
    requests: number;
    us: number;
    bytes: number;
    errors: number;
    p50: number;
    p99: number;
  };
  return {
    requests: result.requests / (result.us / 1e6),
    count: result.requests,
    p50: result.p50 / 1000,
    p99: result.p99 / 1000,
    bytesPerAnswer: result.requests ? result.bytes / result.requests : 0,
    errors: result.errors,
    generatorCores: cpuSeconds / (result.us / 1e6),
  };
}

/** Runs a command, noting the CPU time it has used (from /proc, sampled until it exits). */
function runMeasured(command: string, args: string[]) {
  return new Promise<{ stdout: string; cpuSeconds: number }>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let ticks = 0;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const sample = () => {
      try {
        // Fields 14 and 15 of /proc/<pid>/stat: user and system time, in clock ticks (1/100 s).
        const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        ticks = Number(fields[11]) + Number(fields[12]);
      } catch {
        // Gone already, or no /proc: keep the last sample.
      }
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} exited with ${code}`));
      else resolve({ stdout, cpuSeconds: ticks / 100 });
    });
  });
}

async function autocannonLoad(url: string, options: LoadOptions): Promise<Load> {
  const args = ['autocannon', '-c', String(options.connections), '-d', String(options.seconds)];
  args.push('--json');
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    args.push('-H', `${name}=${value}`);
  }
  const { stdout } = await run('npx', [...args, url], { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout) as {
    requests: { average: number; total: number };
    throughput: { total: number };
    latency: { p50: number; p99: number };
    errors: number;
    non2xx: number;
  };
  return {
    requests: result.requests.average,
    count: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bytesPerAnswer: result.requests.total ? result.throughput.total / result.requests.total : 0,
    errors: result.errors,
  };
}

/** wrk, installed when missing; autocannon, with a warning, when it cannot be. */
export function chooseGenerator(): Generator {
  if (hasWrk() || installWrk()) return { name: 'wrk', load: wrkLoad };
  console.warn(
    'bench: WARNING: wrk could not be installed; measuring with autocannon instead. Autocannon ' +
      'runs in Node and reads large answers slower than the app sends them: for the .ics feed ' +
      '(and the bare routes) its numbers are its own ceiling (~1,000 req/s for 94 KB), not ' +
      "the app's. Install wrk (apt-get install wrk) for real numbers.",
  );
  return { name: 'autocannon', load: autocannonLoad };
}
