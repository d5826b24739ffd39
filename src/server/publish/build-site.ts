import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SNAPSHOT_DIR_VARIABLE } from '../../snapshot/read-snapshot.ts';

export class BuildError extends Error {
  readonly logPath: string;

  constructor(message: string, logPath: string) {
    super(message);
    this.name = 'BuildError';
    this.logPath = logPath;
  }
}

const LOG_TAIL_LINES = 15;

/**
 * Run `astro build` into `outDir` with the snapshot as its only data source. Output goes to
 * `<outDir>.log`; a failure raises BuildError with the last lines of that log.
 */
export async function buildSite(root: string, snapshotDir: string, outDir: string): Promise<void> {
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  linkNodeModules(root, path.dirname(outDir));
  const logPath = `${outDir}.log`;
  const log = fs.openSync(logPath, 'w');

  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: root,
      env: {
        ...process.env,
        [SNAPSHOT_DIR_VARIABLE]: snapshotDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', log, log],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(signal ? null : code));
  }).finally(() => fs.closeSync(log));

  if (exitCode !== 0) {
    const tail = fs.readFileSync(logPath, 'utf8').trimEnd().split('\n').slice(-LOG_TAIL_LINES).join('\n');
    throw new BuildError(`astro build exited with code ${exitCode ?? 'signal'}:\n${tail}`, logPath);
  }
}

/**
 * Astro runs the prerender step from inside `outDir`, where Node looks for packages in the
 * parent folders. A link next to the build folders makes a DATA_DIR outside the project work.
 */
function linkNodeModules(root: string, directory: string): void {
  const link = path.join(directory, 'node_modules');
  if (!fs.existsSync(link)) {
    fs.rmSync(link, { force: true });
    fs.symlinkSync(path.join(root, 'node_modules'), link, 'dir');
  }
}
