/**
 * The scale run of `npm run bench`: a copy of the project whose seeds/ holds K reports, built by the
 * build entry while its memory is sampled.
 *
 * The K − 1 added reports are what a user adding reports brings: the seed's text under a new file
 * name, added by the same code as `npm run report:add` (addReport: checks the text, copies it,
 * drafts the metadata from the title block). No translation, no frozen anchors, no notes, so the
 * build warns for each of them, as it would for the user.
 *
 * Everything is sampled from /proc every SAMPLE_MS over the whole process tree (the build entry and
 * every process it starts, such as Pagefind's binary): the tree's peak memory as the sum of each
 * process's proportional set size (PSS: its resident pages, a page shared with other processes divided
 * among them; a plain sum of RSS counts twice the pages a process shares with a child it has just forked),
 * each command's own peak RSS, and CPU time (user + system) as each process's last sample, summed. Not getrusage
 * (/usr/bin/time): Pagefind's process is stopped rather than waited for, so the kernel never adds its
 * memory or CPU time to the build's. A process's last tenth of a second of CPU can be missed. The
 * machine's load average is noted beside the wall time, which waits for the CPU when other work shares
 * it; the CPU time does not.
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
  /** User + system CPU time of the whole process tree, seconds (sampled). */
  cpuSeconds: number;
  /** Peak of the process tree's memory, MiB: the sum of its processes' PSS (sampled). */
  peakTreeRssMiB: number;
  /** Peak RSS of the largest single process, MiB (sampled). */
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

interface ProcessSample {
  pid: number;
  command: string;
  /** User + system CPU time so far, clock ticks. */
  ticks: number;
  rssKiB: number;
  pssKiB: number;
}

/** Every process whose ancestry leads to `root` (itself included), read from /proc. */
function processTree(root: number): ProcessSample[] {
  const stats = new Map<number, { ppid: number; command: string; ticks: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after its last ')' are fixed (proc(5)).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(name), { ppid: Number(fields[1]), command: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while the list was read.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, { ppid }] of stats) if (ppid === tree[i]) tree.push(pid);
  return tree.flatMap((pid) => {
    const stat = stats.get(pid);
    const memory = memoryOf(pid);
    return stat === undefined || memory === undefined ? [] : [{ pid, command: stat.command, ticks: stat.ticks, ...memory }];
  });
}

/** A process's resident set (what top shows) and its proportional share of it (pages shared with other processes divided among them), KiB. */
function memoryOf(pid: number): { rssKiB: number; pssKiB: number } | undefined {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB$`, 'mu').exec(rollup)?.[1] ?? 0);
    return { rssKiB: field('Rss'), pssKiB: field('Pss') };
  } catch {
    return undefined;
  }
}

// Linux counts CPU time in /proc in ticks of 1/100 s (USER_HZ, `getconf CLK_TCK`).
const TICKS_PER_SECOND = 100;

/** Runs the build entry in `dir` (from clean: no dist/, caches or generated chapters) and measures it. */
export function measureBuild(dir: string): Promise<BuildFigures> {
  for (const sub of ['dist', '.astro', 'node_modules/.astro', '.generated']) rmSync(join(dir, sub), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['scripts/build.ts', '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let peakKiB = 0;
    const peakByCommand: Record<string, number> = {};
    // Each process's CPU time as last seen: a process that has ended keeps its last sample.
    const ticks = new Map<number, number>();
    const loadAtStart = loadavg()[0]!;
    const sample = () => {
      const samples = processTree(child.pid!);
      peakKiB = Math.max(peakKiB, samples.reduce((total, s) => total + s.pssKiB, 0));
      for (const { pid, command, rssKiB, ticks: used } of samples) {
        peakByCommand[command] = Math.max(peakByCommand[command] ?? 0, rssKiB);
        ticks.set(pid, used);
      }
    };
    const sampler = setInterval(sample, SAMPLE_MS);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(sampler);
      const wall = performance.now() - start;
      if (status !== 0) return reject(new Error(`build failed in ${dir} (exit ${status}):\n${stderr}`));
      const cpuTicks = [...ticks.values()].reduce((total, t) => total + t, 0);
      resolve({
        wallSeconds: round(wall / 1000),
        cpuSeconds: round(cpuTicks / TICKS_PER_SECOND),
        peakTreeRssMiB: Math.round(peakKiB / 1024),
        peakProcessRssMiB: Math.round(Math.max(...Object.values(peakByCommand)) / 1024),
        peakRssByCommandMiB: Object.fromEntries(Object.entries(peakByCommand).map(([command, kib]) => [command, Math.round(kib / 1024)])),
        loadAverage: [loadAtStart, loadavg()[0]!],
      });
    });
  });
}

const round = (n: number) => Math.round(n * 100) / 100;
