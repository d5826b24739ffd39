/**
 * `npm run staff:create -- --username siti --name "Siti Aminah" --role verifier [--agency pln]`
 * Create a staff account. The password is read from the STAFF_PASSWORD variable or, when that is
 * empty, generated and printed once.
 */

import { parseArgs } from 'node:util';
import { ValidationError } from '../domain/errors.ts';
import { ROLE_LABELS, STAFF_ROLES, isStaffRole } from '../domain/roles.ts';
import { generatePassword } from '../server/auth/password.ts';
import { agencyChoices, createStaffAccount } from '../server/auth/staff-accounts.ts';
import { fail, loadConfigOrExit, openMigratedDatabase, say } from './shared.ts';

const usage = `Cara pakai:
  npm run staff:create -- --username <nama> --name "<nama tampilan>" --role <peran> [--agency <kode instansi>]

Peran: ${STAFF_ROLES.map((role) => `${role} (${ROLE_LABELS[role]})`).join(', ')}.
--agency wajib untuk agency_officer: kode instansi seperti pln atau dpupr.
Kata sandi diambil dari variabel STAFF_PASSWORD; bila kosong, kata sandi acak dibuat dan ditampilkan sekali.`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      agency: { type: 'string' },
      help: { type: 'boolean' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n\n${usage}`);
}
if (values.help) {
  say(usage);
  process.exit(0);
}
if (!values.username || !values.name || !values.role) {
  fail(`--username, --name dan --role wajib diisi.\n\n${usage}`);
}
if (!isStaffRole(values.role)) {
  fail(`peran "${values.role}" tidak dikenal.\n\n${usage}`);
}

const password = process.env.STAFF_PASSWORD || generatePassword();
const config = loadConfigOrExit();
const handle = await openMigratedDatabase(config);
try {
  await createStaffAccount(handle.db, {
    username: values.username,
    displayName: values.name,
    role: values.role,
    password,
    agencySlug: values.agency ?? null,
  });
  say(`Akun ${values.username.toLowerCase()} (${ROLE_LABELS[values.role]}) dibuat.`);
  if (!process.env.STAFF_PASSWORD) {
    say(`Kata sandi: ${password}\nCatat sekarang: kata sandi ini hanya ditampilkan sekali.`);
  }
} catch (error) {
  if (error instanceof ValidationError) {
    let message = Object.values(error.fieldErrors).join('\n');
    if (error.fieldErrors.agency) {
      const choices = await agencyChoices(handle.db);
      message += `\n\nKode instansi yang tersedia:\n${choices.map((agency) => `  ${agency.slug.padEnd(28)} ${agency.name}`).join('\n')}`;
    }
    await handle.close();
    fail(message);
  }
  throw error;
} finally {
  await handle.close();
}
