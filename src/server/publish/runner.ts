import { config } from '../config.ts';
import { databaseHandle } from '../db.ts';
import { logger } from '../log.ts';
import { cleanUpAfterPublish, publish, type PublishResult, type PublishTrigger } from './publish.ts';
import { siteFolders } from './site-folders.ts';

const log = logger('publish');

/** Publish from the running server, which runs in the project root. */
export async function publishFromServer(
  trigger: PublishTrigger,
  staffId: number | null,
  onStage?: (stage: string) => void,
): Promise<PublishResult> {
  const folders = siteFolders(process.cwd(), config().dataDir);
  const started = Date.now();
  log.info({ trigger, staffId }, 'publish started');
  try {
    const result = await publish(await databaseHandle(), { trigger, staffId, folders, ...(onStage ? { onStage } : {}) });
    cleanUpAfterPublish(folders, result);
    log.info({ trigger, siteId: result.siteId, complaints: result.complaintCount, ms: Date.now() - started }, 'publish succeeded');
    return result;
  } catch (error) {
    log.error({ err: error, trigger, ms: Date.now() - started }, 'publish failed');
    throw error;
  }
}
