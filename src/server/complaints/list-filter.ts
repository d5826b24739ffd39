/**
 * The staff list's filter as it travels in the query string. Parameter names are Indonesian,
 * as staff see them in the address bar: status, kanal, kategori, instansi, kecamatan, dari,
 * sampai, terlambat, cari, urut, halaman. Unknown or malformed values are ignored.
 */

import { isChannel } from '../../domain/channels.ts';
import { isStatus } from '../../domain/status.ts';
import { addDays, startOfLocalDay } from '../../domain/time.ts';
import { normalizeTicket } from '../../domain/ticket.ts';
import { SORTS, type ListFilter, type Sort } from './queries.ts';

export const SORT_LABELS: Record<Sort, string> = {
  newest: 'Terbaru diterima',
  oldest: 'Terlama diterima',
  urgent: 'Batas waktu terdekat',
};

export interface ParsedListFilter {
  filter: ListFilter;
  /** The accepted values as strings, to fill the filter form and build page links. */
  values: Record<string, string>;
}

export function parseListFilter(params: URLSearchParams, timeZone: string, ticketPrefix: string): ParsedListFilter {
  const values: Record<string, string> = {};
  const filter: ListFilter = {};
  const take = (name: string, accept: (value: string) => boolean) => {
    const value = params.get(name)?.trim() ?? '';
    if (value !== '' && accept(value)) {
      values[name] = value;
      return value;
    }
    return null;
  };

  filter.status = take('status', isStatus) as ListFilter['status'];
  filter.channel = take('kanal', isChannel);
  filter.categoryId = numberOrNull(take('kategori', isId));
  filter.agencyId = numberOrNull(take('instansi', isId));
  filter.districtCode = take('kecamatan', (value) => /^\d{2}\.\d{2}\.\d{2}$/.test(value));

  const from = take('dari', isDate);
  const until = take('sampai', isDate);
  filter.receivedFrom = from ? startOfLocalDay(from, timeZone) : null;
  filter.receivedUntil = until ? startOfLocalDay(addDays(until, 1), timeZone) : null;

  filter.overdue = take('terlambat', (value) => value === '1') !== null;
  const search = take('cari', (value) => value.length <= 200);
  filter.search = search;
  filter.ticket = search ? normalizeTicket(search, ticketPrefix) : null;
  filter.sort = (take('urut', (value) => (SORTS as readonly string[]).includes(value)) as Sort | null) ?? 'newest';

  const page = take('halaman', (value) => /^[1-9]\d{0,5}$/.test(value));
  filter.page = page ? Number(page) : 1;
  return { filter, values };
}

/** Build the query string of a filter with some values replaced, for page and sort links. */
export function filterQuery(values: Record<string, string>, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(values);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) {
      params.delete(name);
    } else {
      params.set(name, value);
    }
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

function isId(value: string): boolean {
  return /^[1-9]\d{0,8}$/.test(value);
}

function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function numberOrNull(value: string | null): number | null {
  return value === null ? null : Number(value);
}
