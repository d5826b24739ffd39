/**
 * Readers of single spreadsheet cells: channel, status, dates, times, yes/no, coordinates.
 * Each returns the value, or what it expected in words for the import report.
 */

import { CHANNELS, CHANNEL_LABELS, type Channel } from '../channels.ts';
import { isRealDateTime } from '../forms/complaint-form.ts';
import { isoDate } from '../time.ts';
import {
  INVALID_REASONS,
  INVALID_REASON_LABELS,
  OUTCOMES,
  OUTCOME_LABELS,
  STATUSES,
  STATUS_LABELS,
  type InvalidReason,
  type Outcome,
  type Status,
} from '../status.ts';

/** A cell as the spreadsheet readers return it; XLSX date cells arrive as Date, with the wall clock in UTC fields. */
export type Cell = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const expected = <T>(text: string): Parsed<T> => ({ ok: false, expected: text });

/** A wall-clock date in the deployment's zone, with its time when the cell had one. */
export interface LocalDateTime {
  date: string;
  time: LocalTime | null;
}

export interface LocalTime {
  hour: number;
  minute: number;
}

/** Text reduced for comparing names: no accents, lower case, words separated by one space. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Name reduced further, spaces dropped too, for short fixed lists: "Whats App" = "WhatsApp". */
function compactName(text: string): string {
  return normalizeName(text).replace(/ /g, '');
}

/** True for an empty cell or one with only spaces. */
export function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** Format a cell as text the way the spreadsheet shows it, with dates as 22/09/2022 14.05. */
export function cellText(cell: Cell): string {
  if (cell === null) {
    return '';
  }
  if (cell instanceof Date) {
    const parts = wallClockOf(cell);
    const date = `${pad(parts.day)}/${pad(parts.month)}/${parts.year}`;
    return parts.hour === 0 && parts.minute === 0 ? date : `${date} ${pad(parts.hour)}.${pad(parts.minute)}`;
  }
  if (typeof cell === 'boolean') {
    return cell ? 'TRUE' : 'FALSE';
  }
  return String(cell).trim();
}

/**
 * Format the contact cell as text. Spreadsheets store a phone number typed without quotes as a number and
 * drop its leading zero (81234567890), so a number of 9 to 13 digits gets it back.
 */
export function contactText(cell: Cell): string {
  if (typeof cell === 'number' && Number.isInteger(cell)) {
    const digits = String(cell);
    if (/^8\d{8,12}$/.test(digits)) {
      return `0${digits}`;
    }
    if (/^628\d{8,12}$/.test(digits)) {
      return `+${digits}`;
    }
  }
  return cellText(cell);
}

/**
 * Build the reader of one fixed list: each value is known by its code, its label and the extra
 * names given, compared without case, spaces or punctuation.
 */
function fixedChoice<T extends string>(codes: readonly T[], labels: Record<T, string>, extraNames: Array<[string, T]>) {
  const entries: Array<[string, T]> = [
    ...codes.map((code): [string, T] => [code, code]),
    ...codes.map((code): [string, T] => [labels[code], code]),
    ...extraNames,
  ];
  const names = new Map(entries.map(([name, code]) => [compactName(name), code]));
  const choices = codes.map((code) => labels[code]).join(', ');
  const parse = (text: string): Parsed<T> => {
    const code = names.get(compactName(text));
    return code ? ok(code) : expected(`salah satu dari ${choices}`);
  };
  return { choices, parse };
}

const CHANNEL_CHOICE = fixedChoice(CHANNELS, CHANNEL_LABELS, [
  ['WA', 'whatsapp'],
  ['IG', 'instagram'],
  ['FB', 'facebook'],
  ['Messenger', 'facebook'],
  ['X', 'twitter'],
  ['Surel', 'email'],
  ['Surat elektronik', 'email'],
  ['Langsung', 'walk_in'],
  ['Tatap muka', 'walk_in'],
  ['Loket', 'walk_in'],
  ['Web', 'web'],
  ['Website', 'web'],
]);
const STATUS_CHOICE = fixedChoice(STATUSES, STATUS_LABELS, []);
const INVALID_REASON_CHOICE = fixedChoice(INVALID_REASONS, INVALID_REASON_LABELS, [
  ['Tidak jelas', 'unclear'],
  ['Tidak lengkap', 'unclear'],
  ['Bukan kewenangan', 'out_of_authority'],
  ['Duplikat', 'duplicate'],
]);
const OUTCOME_CHOICE = fixedChoice(OUTCOMES, OUTCOME_LABELS, [
  ['Ditangani', 'fixed'],
  ['Dijawab', 'answered'],
  ['Dirujuk', 'referred'],
]);

export const INVALID_REASON_CHOICES = INVALID_REASON_CHOICE.choices;
export const OUTCOME_CHOICES = OUTCOME_CHOICE.choices;

export const parseChannel = (text: string): Parsed<Channel> => CHANNEL_CHOICE.parse(text);
export const parseInvalidReason = (text: string): Parsed<InvalidReason> => INVALID_REASON_CHOICE.parse(text);
export const parseOutcome = (text: string): Parsed<Outcome> => OUTCOME_CHOICE.parse(text);

/** Parse the status. An empty cell means Diterima. */
export function parseStatus(text: string): Parsed<Status> {
  return text.trim() === '' ? ok('received') : STATUS_CHOICE.parse(text);
}

const YES = new Set(['ya', 'y', 'yes', 'rahasia', 'dirahasiakan', '1', 'true', 'benar', 'v', 'x']);
const NO = new Set(['', 'tidak', 't', 'tdk', 'no', 'n', 'bukan', '0', 'false', 'salah']);

/** Parse yes or no. An empty cell means no. */
export function parseYesNo(cell: Cell): Parsed<boolean> {
  if (typeof cell === 'boolean') {
    return ok(cell);
  }
  const text = compactName(cellText(cell));
  if (YES.has(text)) {
    return ok(true);
  }
  if (NO.has(text) || cellText(cell) === '-') {
    return ok(false);
  }
  return expected('Ya atau Tidak');
}

export const DATE_EXPECTED = 'tanggal seperti 22/09/2022 atau 2022-09-22, boleh dengan jam seperti 22/09/2022 14.05';
export const TIME_EXPECTED = 'jam seperti 14.05 atau 14:05';

const MONTHS = new Map(
  [
    ['januari', 'jan'],
    ['februari', 'feb', 'pebruari', 'peb'],
    ['maret', 'mar'],
    ['april', 'apr'],
    ['mei'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['agustus', 'agu', 'agt', 'ags', 'agust'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov', 'nop', 'nopember'],
    ['desember', 'des'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);

/** Excel serial days of 2000-01-01 and 2100-01-01: a number in between is read as a date. */
const SERIAL_MIN = 36_526;
const SERIAL_MAX = 73_051;
const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system, as counted after its 29 February 1900 bug. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * Parse a date with an optional time: 22/09/2022, 22-09-2022, 2022-09-22, 22 September 2022, an
 * Excel date cell or an Excel serial number, each optionally followed by a time.
 */
export function parseDateTime(cell: Cell): Parsed<LocalDateTime> {
  if (cell instanceof Date) {
    return fromWallClock(wallClockOf(cell));
  }
  if (typeof cell === 'number') {
    return fromSerial(cell);
  }
  const text = cellText(cell).replace(/\s+/g, ' ');
  const parts = dayMonthYear(text) ?? yearMonthDay(text) ?? dayMonthNameYear(text);
  if (parts) {
    return fromWallClock(parts);
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    return fromSerial(Number(text));
  }
  return expected(DATE_EXPECTED);
}

/** Parse a time of day: 14.05, 14:05, 14:05:00, 14, an Excel time cell or a fraction of a day. */
export function parseTime(cell: Cell): Parsed<LocalTime> {
  if (cell instanceof Date) {
    const { hour, minute } = wallClockOf(cell);
    return ok({ hour, minute });
  }
  if (typeof cell === 'number') {
    if (cell < 0) {
      return expected(TIME_EXPECTED);
    }
    const minutes = Math.round((cell - Math.floor(cell)) * 1440) % 1440;
    return ok({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
  }
  const match = /^(\d{1,2})(?:[.:](\d{2}))?(?:[.:]\d{2})?$/.exec(cellText(cell));
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2] ?? 0);
  if (!match || hour > 23 || minute > 59) {
    return expected(TIME_EXPECTED);
  }
  return ok({ hour, minute });
}

/** Parse a coordinate in decimal degrees. A decimal comma and a typographic minus are accepted. */
export function parseCoordinate(cell: Cell, min: number, max: number): Parsed<number> {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell).replace(/^[\u2212\u2013]/, '-').replace(',', '.');
  const value = Number(text);
  if (!/^-?\d{1,3}(\.\d+)?$/.test(text) || value < min || value > max) {
    return expected(`angka antara ${min} dan ${max}, misalnya ${min < -90 ? '111,0385' : '-6,7512'}`);
  }
  return ok(value);
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Calendar fields of an XLSX date cell, rounded to the minute: Excel stores 14.05 as 14:04:59.999. */
function wallClockOf(value: Date): WallClock {
  const rounded = new Date(Math.round(value.getTime() / 60_000) * 60_000);
  return {
    year: rounded.getUTCFullYear(),
    month: rounded.getUTCMonth() + 1,
    day: rounded.getUTCDate(),
    hour: rounded.getUTCHours(),
    minute: rounded.getUTCMinutes(),
  };
}

function fromSerial(serial: number): Parsed<LocalDateTime> {
  if (!(serial >= SERIAL_MIN && serial < SERIAL_MAX)) {
    return expected(DATE_EXPECTED);
  }
  return fromWallClock(wallClockOf(new Date(EXCEL_EPOCH_MS + serial * DAY_MS)));
}

/** Check that the fields name a real date and time; midnight counts as "no time given". */
function fromWallClock(parts: WallClock): Parsed<LocalDateTime> {
  const date = isoDate(parts.year, parts.month, parts.day);
  if (!isRealDateTime(`${date}T${pad(parts.hour)}:${pad(parts.minute)}`)) {
    return expected(`${DATE_EXPECTED} (tanggal yang ada di kalender)`);
  }
  const time = parts.hour === 0 && parts.minute === 0 ? null : { hour: parts.hour, minute: parts.minute };
  return ok({ date, time });
}

const TIME_SUFFIX = String.raw`(?:[ T,]+(?:pukul )?(\d{1,2})[.:](\d{2})(?:[.:]\d{2}(?:\.\d+)?)?)?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME_SUFFIX}$`);
const YEAR_MONTH_DAY = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME_SUFFIX}$`);
const DAY_MONTH_NAME_YEAR = new RegExp(String.raw`^(\d{1,2})[ -]([a-z]+)\.?[ -](\d{4})${TIME_SUFFIX}$`, 'i');

function dayMonthYear(text: string): WallClock | null {
  const match = DAY_MONTH_YEAR.exec(text);
  return match ? wallClock(match[3], match[2], match[1], match[4], match[5]) : null;
}

function yearMonthDay(text: string): WallClock | null {
  const match = YEAR_MONTH_DAY.exec(text);
  return match ? wallClock(match[1], match[2], match[3], match[4], match[5]) : null;
}

function dayMonthNameYear(text: string): WallClock | null {
  const match = DAY_MONTH_NAME_YEAR.exec(text);
  const month = match ? MONTHS.get(match[2]!.toLowerCase()) : undefined;
  return match && month ? wallClock(match[3], String(month), match[1], match[4], match[5]) : null;
}

function wallClock(year?: string, month?: string, day?: string, hour?: string, minute?: string): WallClock {
  return { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour ?? 0), minute: Number(minute ?? 0) };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
