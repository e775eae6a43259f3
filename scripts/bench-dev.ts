/**
 * How long an editor waits in `astro dev`: from starting the server to the first
 * page, with an empty image cache (the worst case), for the given page paths.
 *
 *   node scripts/bench-dev.ts [--project .] [--content content] [--port 4411] [page-path …]
 *
 * `--project` points at another checkout (e.g. an older commit in a git worktree),
 * so two versions can be measured side by side in one run.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { project: { type: 'string', default: '.' }, content: { type: 'string' }, port: { type: 'string', default: '4411' } },
});
const project = path.resolve(values.project!);
const pages = positionals.length ? positionals : ['', 'photos/chi-xiufeng-portrait/'];
const cache = await mkdtemp(path.join(os.tmpdir(), 'dingge-dev-cache-'));
const started = performance.now();
const server = spawn(process.execPath, [path.join(project, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', values.port!], {
  cwd: project,
  env: {
    ...process.env,
    IMAGE_CACHE_DIR: cache,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(values.content ? { CONTENT_DIR: path.resolve(values.content) } : {}),
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
// Never leave a dev server behind, whatever ends this script (a second one on the same project refuses to start).
process.on('exit', () => server.kill('SIGTERM'));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(1));
await new Promise<void>((resolve, reject) => {
  const ready = (chunk: Buffer) => (/localhost:\d+|127\.0\.0\.1:\d+/.test(String(chunk)) ? resolve() : undefined);
  server.stdout.on('data', ready);
  server.stderr.on('data', ready);
  server.on('exit', (code) => reject(new Error(`astro dev exited with ${code}`)));
});
const ready = (performance.now() - started) / 1000;
const rows = [`| server ready | ${ready.toFixed(1)} s |`];
for (const page of pages) {
  const at = performance.now();
  const response = await fetch(`http://127.0.0.1:${values.port}/${page}`);
  await response.text();
  rows.push(`| first request of /${page} (${response.status}) | ${((performance.now() - at) / 1000).toFixed(1)} s |`);
}
server.kill('SIGTERM');
await rm(cache, { recursive: true, force: true });
console.log(`${path.relative(process.cwd(), project) || '.'}\n| step | time |\n| --- | --- |\n${rows.join('\n')}`);
