/**
 * The scale run of `npm run bench`: a copy of the project whose seeds/ holds K reports, built by the
 * build entry while its memory is sampled.
 *
 * The K − 1 added reports are what a user adding reports brings: the seed's text under a new file
 * name, added by the same code as `npm run report:add` (addReport: checks the text, copies it,
 * drafts the metadata from the title block). No translation, no frozen anchors, no notes, so the
 * build warns for each of them, as it would for the user.
 *
 * Peak RSS is that of the whole process tree (the build entry and every process it starts, such as
 * Pagefind's binary): the sum of VmRSS over the tree, sampled from /proc every SAMPLE_MS, and each
 * command's own peak from the same samples. The largest process's peak as the kernel counts it comes
 * from getrusage through /usr/bin/time (its %M), as does the CPU time (user + system of every process
 * in the tree). The machine's load average is noted beside the wall time, which waits for the CPU
 * when other work shares it; the CPU time does not.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectCopy } from '../tests/support/project-copy.ts';
import { addReport } from '../src/edition/add-report.ts';

const SAMPLE_MS = 100;

export interface BuildFigures {
  /** Wall time, seconds (on a shared machine this includes waiting for the CPU). */
  wallSeconds: number;
  /** User + system CPU time of the whole process tree, seconds. */
  cpuSeconds: number;
  /** Peak of the summed RSS of the process tree, MiB (sampled). */
  peakTreeRssMiB: number;
  /** Peak RSS of the largest single process, MiB (getrusage). */
  peakProcessRssMiB: number;
  /** Each command's own peak RSS in the samples, MiB: `node` (the build), `pagefind_extend` (the search index)… */
  peakRssByCommandMiB: Record<string, number>;
  /** The machine's 1-minute load average when the build started and ended. */
  loadAverage: [number, number];
}

/** A project copy with K reports: this checkout's, and K − 1 copies of its seed added as `npm run report:add` adds a report. */
export function scaleProject(k: number): string {
  const dir = projectCopy(`scale-${k}`);
  const seeds = join(dir, 'seeds');
  const seed = readdirSync(seeds).find((f) => f.endsWith('.txt'))!;
  const text = readFileSync(join(seeds, seed));
  const source = mkdtempSync(join(tmpdir(), 'scale-source-'));
  try {
    for (let i = 2; i <= k; i++) {
      // The file name gives the slug (report-2 …), as it would for a user's file.
      const file = join(source, `report-${i}.txt`);
      writeFileSync(file, text);
      addReport({ root: dir, file });
    }
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
  return dir;
}

/** Every process whose ancestry leads to `root` (itself included), by the parent ids in /proc. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after its last ')' are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // The process ended while the list was read.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

/** A process's command name and resident set, KiB (none once it has ended). */
function rssOf(pid: number): { command: string; kib: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return { command: /^Name:\s+(.*)$/mu.exec(status)?.[1] ?? '?', kib: Number(/^VmRSS:\s+(\d+) kB$/mu.exec(status)?.[1] ?? 0) };
  } catch {
    return undefined;
  }
}

/** Runs the build entry in `dir` (from clean: no dist/, caches or generated chapters) and measures it. */
export function measureBuild(dir: string, extraArgs: string[] = []): Promise<BuildFigures> {
  for (const sub of ['dist', '.astro', 'node_modules/.astro', '.generated']) rmSync(join(dir, sub), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // /usr/bin/time reports what getrusage knows of the tree once it has ended: CPU time and the largest process's peak.
    const child = spawn('/usr/bin/time', ['-f', 'TIME %U %S %M', process.execPath, ...extraArgs, 'scripts/build.ts', '--silent'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let peakKiB = 0;
    const byCommand: Record<string, number> = {};
    const loadAtStart = loadavg()[0]!;
    const sampler = setInterval(() => {
      // The tree under /usr/bin/time, without it (a few hundred KiB).
      const samples = processTree(child.pid!)
        .slice(1)
        .map(rssOf)
        .filter((s) => s !== undefined);
      peakKiB = Math.max(peakKiB, samples.reduce((total, s) => total + s.kib, 0));
      for (const { command, kib } of samples) byCommand[command] = Math.max(byCommand[command] ?? 0, kib);
    }, SAMPLE_MS);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sampler);
      const wall = performance.now() - start;
      const line = /^TIME (\S+) (\S+) (\d+)$/mu.exec(stderr);
      if (status !== 0 || !line) return reject(new Error(`build failed in ${dir} (exit ${status}):\n${stderr}`));
      resolve({
        wallSeconds: round(wall / 1000),
        cpuSeconds: round(Number(line[1]) + Number(line[2])),
        peakTreeRssMiB: Math.round(peakKiB / 1024),
        peakProcessRssMiB: Math.round(Number(line[3]) / 1024),
        peakRssByCommandMiB: Object.fromEntries(Object.entries(byCommand).map(([command, kib]) => [command, Math.round(kib / 1024)])),
        loadAverage: [loadAtStart, loadavg()[0]!],
      });
    });
  });
}

const round = (n: number) => Math.round(n * 100) / 100;
