import { createHash } from 'node:crypto';
import { normalizePhone } from '../../domain/phone.ts';
import { cleanText } from '../../domain/text.ts';

export interface ImportKeySource {
  channel: string;
  receivedAt: Date;
  reporterContact: string;
  originalText: string;
}

/**
 * Identity of an imported complaint: a hash of its channel, received minute, contact and
 * message. It does not depend on the file's name, format or row order, so the same row imported
 * again from a CSV or XLSX copy, with rows added or sorted, is found. Phone numbers count in
 * E.164 form, and case and spacing in the message do not count.
 */
export function importKeyOf(source: ImportKeySource): string {
  const contact = normalizePhone(source.reporterContact) ?? source.reporterContact.trim().toLowerCase();
  const text = cleanText(source.originalText).replace(/\s+/g, ' ').toLowerCase();
  const minute = Math.floor(source.receivedAt.getTime() / 60_000);
  const digest = createHash('sha256').update([source.channel, minute, contact, text].join('\u0000')).digest('base64url');
  return `v1:${digest}`;
}
