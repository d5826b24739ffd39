/**
 * `npm run staff:reset -- --username siti` sets a new password for an account and ends its
 * sessions; `--deactivate` blocks the account instead. The password comes from STAFF_PASSWORD
 * or is generated and printed once.
 */

import { parseArgs } from 'node:util';
import { ValidationError } from '../domain/errors.ts';
import { generatePassword } from '../server/auth/password.ts';
import { deactivateAccount, resetPassword } from '../server/auth/staff-accounts.ts';
import { fail, loadConfigOrExit, openMigratedDatabase, say } from './shared.ts';

const usage = `Cara pakai:
  npm run staff:reset -- --username <nama>               atur kata sandi baru dan akhiri semua sesinya
  npm run staff:reset -- --username <nama> --deactivate  nonaktifkan akun

Kata sandi baru diambil dari variabel STAFF_PASSWORD; bila kosong, kata sandi acak dibuat dan ditampilkan sekali.`;

let values;
try {
  ({ values } = parseArgs({
    options: { username: { type: 'string' }, deactivate: { type: 'boolean' }, help: { type: 'boolean' } },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n\n${usage}`);
}
if (values.help) {
  say(usage);
  process.exit(0);
}
if (!values.username) {
  fail(`--username wajib diisi.\n\n${usage}`);
}

const config = loadConfigOrExit();
const handle = await openMigratedDatabase(config);
try {
  if (values.deactivate) {
    await deactivateAccount(handle.db, values.username);
    say(`Akun ${values.username} dinonaktifkan; semua sesinya sudah diakhiri.`);
  } else {
    const password = process.env.STAFF_PASSWORD || generatePassword();
    await resetPassword(handle.db, values.username, password);
    say(`Kata sandi akun ${values.username} diganti; semua sesinya sudah diakhiri.`);
    if (!process.env.STAFF_PASSWORD) {
      say(`Kata sandi baru: ${password}\nCatat sekarang: kata sandi ini hanya ditampilkan sekali.`);
    }
  }
} catch (error) {
  if (error instanceof ValidationError) {
    await handle.close();
    fail(Object.values(error.fieldErrors).join('\n'));
  }
  throw error;
} finally {
  await handle.close();
}
