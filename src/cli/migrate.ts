/** `npm run db:migrate`: apply the committed migrations and the deployment's reference data. */

import { readDeploymentFiles } from '../../db/seed/deployment-files.ts';
import { seedReferenceData } from '../../db/seed/reference.ts';
import { loadConfigOrExit, openMigratedDatabase, say } from './shared.ts';

const config = loadConfigOrExit();
const handle = await openMigratedDatabase(config);
try {
  await seedReferenceData(handle.db, readDeploymentFiles(config.deploymentDir));
  say('Migrasi dan data rujukan sudah diterapkan.');
} finally {
  await handle.close();
}
