/**
 * Peak memory of this process and of its child processes, read from /proc (Linux).
 *
 * This process: VmHWM, the kernel's own high-water mark of resident memory, reset before the
 * measured work. Children: each sample reads every descendant's VmHWM (its peak so far, kept by
 * the kernel) and VmRSS; a child's figure is its last VmHWM seen, so growth in the last sampling
 * interval before it exits can be missed.
 */

import fs from 'node:fs';

const SAMPLE_MS = 100;
const KIB_PER_MIB = 1024;

/** Reset this process's VmHWM to its current resident size. */
export function resetPeakRss(): void {
  fs.writeFileSync('/proc/self/clear_refs', '5');
}

export class MemorySampler {
  private readonly childPeaks = new Map<number, number>();
  private treePeakKib = 0;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
  }

  stop(): { selfPeakMib: number; childPeakMib: number; childTreePeakMib: number } {
    clearInterval(this.timer);
    return {
      selfPeakMib: statusKib(process.pid, 'VmHWM') / KIB_PER_MIB,
      childPeakMib: Math.max(0, ...this.childPeaks.values()) / KIB_PER_MIB,
      childTreePeakMib: this.treePeakKib / KIB_PER_MIB,
    };
  }

  private sample(): void {
    let treeKib = 0;
    for (const pid of descendants(process.pid)) {
      const peak = statusKib(pid, 'VmHWM');
      if (peak > (this.childPeaks.get(pid) ?? 0)) {
        this.childPeaks.set(pid, peak);
      }
      treeKib += statusKib(pid, 'VmRSS');
    }
    this.treePeakKib = Math.max(this.treePeakKib, treeKib);
  }
}

function descendants(pid: number): number[] {
  const found: number[] = [];
  let tasks: string[];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return found;
  }
  for (const task of tasks) {
    let children = '';
    try {
      children = fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8');
    } catch {
      continue;
    }
    for (const child of children.trim().split(/\s+/).filter(Boolean).map(Number)) {
      found.push(child, ...descendants(child));
    }
  }
  return found;
}

/** Read a `Name:  1234 kB` field of /proc/<pid>/status, in KiB, or 0 once the process is gone. */
export function statusKib(pid: number, field: string): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
