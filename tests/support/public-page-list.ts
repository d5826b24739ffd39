/**
 * One page of every public page type of a portal, found the way a reader finds them: by
 * following the links of the index pages. Shared by the byte budget and accessibility tests.
 */

import { expect } from 'vitest';
import { portalUrl } from './browser.ts';

export interface PublicPage {
  /** Page type, used in test names and messages. */
  name: string;
  path: string;
  /** HTTP status the server returns for the page. */
  status: number;
}

export async function listPublicPages(baseUrl: string): Promise<PublicPage[]> {
  const statisticsLinks = await linksOf('/statistik/', baseUrl);
  const year = statisticsLinks.find((link) => /^\/statistik\/\d{4}\/$/.test(link));
  const month = statisticsLinks.find((link) => /^\/statistik\/\d{4}\/\d{2}\/$/.test(link));
  const agency = (await linksOf('/instansi/', baseUrl)).find((link) => /^\/instansi\/[^/]+\/$/.test(link));
  const district = (await linksOf('/kecamatan/', baseUrl)).find((link) => /^\/kecamatan\/[\d.]+\/$/.test(link));
  const ticket = await ticketFromCsv(baseUrl);

  expect(year, 'a year page linked from /statistik/').toBeDefined();
  expect(month, 'a month page linked from /statistik/').toBeDefined();
  expect(agency, 'an agency page linked from /instansi/').toBeDefined();
  expect(district, 'a district page linked from /kecamatan/').toBeDefined();

  return [
    { name: 'home', path: '/', status: 200 },
    { name: 'statistics', path: '/statistik/', status: 200 },
    { name: 'year', path: year!, status: 200 },
    { name: 'month', path: month!, status: 200 },
    { name: 'agencies', path: '/instansi/', status: 200 },
    { name: 'agency', path: agency!, status: 200 },
    { name: 'districts', path: '/kecamatan/', status: 200 },
    { name: 'district', path: district!, status: 200 },
    { name: 'data', path: '/data/', status: 200 },
    { name: 'methodology', path: '/metodologi/', status: 200 },
    { name: 'lookup', path: '/lacak/', status: 200 },
    { name: 'ticket', path: `/lacak/${ticket}`, status: 200 },
    { name: 'unknown ticket', path: '/lacak/LBP-00000-00000', status: 404 },
    { name: 'not found', path: '/halaman-yang-tidak-ada/', status: 404 },
    { name: 'map', path: '/peta/', status: 200 },
  ];
}

/** Number of pages listPublicPages returns, for tests that check they visited every one. */
export const PUBLIC_PAGE_COUNT = 15;

/** Read a ticket from the open data CSV, the way a journalist or citizen finds one. */
export async function ticketFromCsv(baseUrl: string): Promise<string> {
  const csv = await (await fetch(portalUrl('/data/aduan.csv', baseUrl))).text();
  const [, firstRow] = csv.replace(/^\uFEFF/, '').split('\r\n');
  return firstRow!.split(',')[0]!;
}

async function linksOf(path: string, baseUrl: string): Promise<string[]> {
  const html = await (await fetch(portalUrl(path, baseUrl))).text();
  return [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!);
}
