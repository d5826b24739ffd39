import fs from 'node:fs';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '../../../db/client.ts';
import { publishes } from '../../../db/schema/index.ts';
import { buildSite } from './build-site.ts';
import { exportSnapshot } from './export-snapshot.ts';
import { installSite, markLatestSnapshot, newId, pruneOldFolders, type SiteFolders } from './site-folders.ts';

export type PublishTrigger = 'start' | 'cli' | 'button' | 'schedule';

/** The stages of a publish in order, as staff read them. */
export const PUBLISH_STAGES = ['Mengekspor data publik', 'Membangun situs statis', 'Memasang situs baru'] as const;
export type PublishStage = (typeof PUBLISH_STAGES)[number];

/** Raised when another publish is running; nothing was started. */
export class PublishBusyError extends Error {
  constructor() {
    super('Penerbitan lain sedang berjalan. Tunggu sampai selesai, lalu coba lagi bila masih diperlukan.');
    this.name = 'PublishBusyError';
  }
}

/**
 * Advisory lock held by the running publish. Its holder's connection ends when the process dies,
 * so for a publish that takes the lock, any row still marked running belongs to a dead process.
 */
const PUBLISH_LOCK_KEY = 7_314_004;

export interface PublishOptions {
  trigger: PublishTrigger;
  staffId?: number | null;
  folders: SiteFolders;
  /** Called with each stage as it starts, in Indonesian, for progress output. */
  onStage?: (stage: PublishStage) => void;
  /**
   * Build step, replaceable in tests. It receives the snapshot folder and the build folder and
   * must leave the static files in `<outDir>/client`.
   */
  build?: (snapshotDir: string, outDir: string) => Promise<void>;
}

export interface PublishResult {
  id: number;
  siteId: string;
  snapshotAt: Date;
  complaintCount: number;
  /** Folder of the full build; its `server` folder is the server of this code. */
  buildDir: string;
}

/**
 * Publish: export the public snapshot, build the static portal from it alone, and swap it in
 * only after the build succeeded. A failure leaves the previous site served and is recorded in
 * the `publishes` table with its cause. Raises PublishBusyError when another publish runs.
 */
export async function publish(database: DatabaseHandle, options: PublishOptions): Promise<PublishResult> {
  const outcome = await database.tryAdvisoryLock(PUBLISH_LOCK_KEY, async () => {
    // Holding the lock, no other publish runs: one still marked running died with its process.
    await abandonRunningPublishes(database.db);
    return runPublish(database.db, options);
  });
  if (!outcome.acquired) {
    throw new PublishBusyError();
  }
  return outcome.value;
}

async function runPublish(db: Database, options: PublishOptions): Promise<PublishResult> {
  const { folders } = options;
  const publishId = await startPublish(db, options);
  let current: PublishStage | null = null;
  const stage = async (next: PublishStage) => {
    current = next;
    options.onStage?.(next);
    await db.update(publishes).set({ stage: next }).where(eq(publishes.id, publishId));
  };

  const id = newId();
  const snapshotDir = path.join(folders.snapshotsDir, id);
  const buildDir = path.join(folders.buildsDir, id);
  try {
    await stage(PUBLISH_STAGES[0]);
    const snapshot = await exportSnapshot(db, snapshotDir);

    await stage(PUBLISH_STAGES[1]);
    const build = options.build ?? ((snapshot: string, outDir: string) => buildSite(folders.root, snapshot, outDir));
    await build(snapshotDir, buildDir);

    await stage(PUBLISH_STAGES[2]);
    installSite(folders, path.join(buildDir, 'client'), snapshotDir, id);
    markLatestSnapshot(folders, snapshotDir);

    const snapshotAt = new Date(snapshot.meta.generated_at);
    await db
      .update(publishes)
      .set({
        status: 'succeeded',
        finishedAt: new Date(),
        snapshotAt,
        siteId: id,
        complaintCount: snapshot.meta.counts.complaints,
        stage: null,
      })
      .where(eq(publishes.id, publishId));
    return { id: publishId, siteId: id, snapshotAt, complaintCount: snapshot.meta.counts.complaints, buildDir };
  } catch (error) {
    // A failed publish keeps the stage it failed in, for the staff page.
    await db
      .update(publishes)
      .set({ status: 'failed', finishedAt: new Date(), error: describeError(error), stage: current })
      .where(eq(publishes.id, publishId));
    // The half-built site goes; its log (<build>.log) stays until the next successful publish.
    fs.rmSync(buildDir, { recursive: true, force: true });
    fs.rmSync(snapshotDir, { recursive: true, force: true });
    throw error;
  }
}

/** Remove what earlier publishes left behind; call after the server of a start-up build is in place. */
export function cleanUpAfterPublish(folders: SiteFolders, result: PublishResult): void {
  pruneOldFolders(folders, result.siteId);
}

/**
 * Record the start of a publish, or raise PublishBusyError when one is already running. The
 * unique index on running rows backs the advisory lock up across engines and processes.
 */
async function startPublish(db: Database, options: PublishOptions): Promise<number> {
  try {
    const [row] = await db
      .insert(publishes)
      .values({ trigger: options.trigger, staffId: options.staffId ?? null, stage: 'Memulai' })
      .returning({ id: publishes.id });
    return row!.id;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new PublishBusyError();
    }
    throw error;
  }
}

/** Mark publishes left running by a stopped process as failed; only called under the publish lock. */
async function abandonRunningPublishes(db: Database): Promise<void> {
  await db
    .update(publishes)
    .set({ status: 'failed', finishedAt: new Date(), error: 'Proses penerbitan berhenti sebelum selesai.', stage: null })
    .where(eq(publishes.status, 'running'));
}

/** The most recent publishes, newest first. */
export async function recentPublishes(db: Database, limit = 10) {
  return db.select().from(publishes).orderBy(desc(publishes.startedAt)).limit(limit);
}

function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: string }).code === '23505') {
      return true;
    }
  }
  return false;
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 4000);
}
