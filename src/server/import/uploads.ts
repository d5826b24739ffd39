/**
 * Uploaded spreadsheets kept between the dry run and the import on the admin page, under
 * DATA_DIR/uploads with random names. A file is deleted after its import, and any file older than
 * a day when the page is next opened.
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportFile } from './check-import.ts';

const UPLOAD_ID = /^[0-9a-f]{32}$/;
export const UPLOAD_MAX_AGE_MS = 86_400_000;

interface UploadMeta {
  name: string;
  staffId: number;
}

export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, 'uploads');
}

/** Store an uploaded file for `staffId` and return its id. */
export function storeUpload(dir: string, file: ImportFile, staffId: number): string {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const id = randomBytes(16).toString('hex');
  fs.writeFileSync(path.join(dir, `${id}.data`), file.bytes, { mode: 0o600 });
  const meta: UploadMeta = { name: file.name, staffId };
  fs.writeFileSync(path.join(dir, `${id}.json`), JSON.stringify(meta), { mode: 0o600 });
  return id;
}

/** Read the file `staffId` stored under `id`, or return null when there is none (expired, imported, another's). */
export function readUpload(dir: string, id: string, staffId: number): ImportFile | null {
  if (!UPLOAD_ID.test(id)) {
    return null;
  }
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8')) as UploadMeta;
    if (meta.staffId !== staffId) {
      return null;
    }
    return { name: meta.name, bytes: fs.readFileSync(path.join(dir, `${id}.data`)) };
  } catch {
    return null;
  }
}

export function deleteUpload(dir: string, id: string): void {
  if (UPLOAD_ID.test(id)) {
    fs.rmSync(path.join(dir, `${id}.data`), { force: true });
    fs.rmSync(path.join(dir, `${id}.json`), { force: true });
  }
}

/** Delete uploads older than a day; returns how many files went. */
export function deleteStaleUploads(dir: string, now = Date.now()): number {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  let deleted = 0;
  for (const entry of entries) {
    const file = path.join(dir, entry);
    try {
      if (now - fs.statSync(file).mtimeMs > UPLOAD_MAX_AGE_MS) {
        fs.rmSync(file, { force: true });
        deleted += 1;
      }
    } catch {
      // Deleted meanwhile by another request.
    }
  }
  return deleted;
}
