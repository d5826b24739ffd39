import fs from 'node:fs';

export interface DirectoryLock {
  release(): void;
}

export type LockResult = { acquired: true; lock: DirectoryLock } | { acquired: false; holderPid: number };

/**
 * Take an exclusive lock file holding this process id. A lock left by a process that no longer
 * runs (after a crash or `kill -9`) is taken over.
 */
export function acquireDirectoryLock(lockPath: string): LockResult {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return { acquired: true, lock: { release: () => releaseLock(lockPath) } };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
    }

    const holderPid = Number.parseInt(readOrEmpty(lockPath), 10);
    if (Number.isInteger(holderPid) && holderPid !== process.pid && isRunning(holderPid)) {
      return { acquired: false, holderPid };
    }
    fs.rmSync(lockPath, { force: true });
  }
  throw new Error(`Could not take the lock ${lockPath}: it was created again while the stale one was removed.`);
}

function releaseLock(lockPath: string): void {
  if (readOrEmpty(lockPath) === String(process.pid)) {
    fs.rmSync(lockPath, { force: true });
  }
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
