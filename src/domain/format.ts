/** Indonesian formatting of numbers, dates and times, as government sites write them. */

import { zonedParts } from './time.ts';

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** Indonesian weekday names, Sunday first as `Date.getUTCDay` counts. */
const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

const integerFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 1234567 → "1.234.567". */
export function formatNumber(value: number): string {
  return integerFormat.format(value);
}

/** 12.5 → "12,5". */
export function formatDecimal(value: number): string {
  return decimalFormat.format(value);
}

/** Share of `part` in `whole` with one decimal, as "12,5%" or "50,0%"; "–" when `whole` is zero. */
export function formatPercent(part: number, whole: number): string {
  if (whole === 0) {
    return '–';
  }
  return formatPercentValue((part / whole) * 100);
}

/** 12.5 → "12,5%": a percentage already computed, with one decimal. */
export function formatPercentValue(percent: number): string {
  return `${percentFormat.format(percent)}%`;
}

/** Format a number of working days, whole or ending in ",5" for a median; "–" when there is none. */
export function formatDays(days: number | null): string {
  return days === null ? '–' : decimalFormat.format(days);
}

/** A duration as staff read it: "45 detik", "2 menit 5 detik", "1 jam 3 menit". */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.max(0, Math.round(milliseconds / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) {
    return minutes > 0 ? `${hours} jam ${minutes} menit` : `${hours} jam`;
  }
  if (minutes > 0) {
    return rest > 0 ? `${minutes} menit ${rest} detik` : `${minutes} menit`;
  }
  return `${rest} detik`;
}

export function monthName(month: number): string {
  const name = MONTHS[month - 1];
  if (!name) {
    throw new Error(`Invalid month ${month}; expected 1 to 12.`);
  }
  return name;
}

/** "22 September 2022" for an instant, in the deployment's zone. */
export function formatDate(instant: Date, timeZone: string): string {
  const { year, month, day } = zonedParts(instant, timeZone);
  return `${day} ${monthName(month)} ${year}`;
}

/** "22 September 2022" for a local date written YYYY-MM-DD. */
export function formatLocalDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${monthName(month!)} ${year}`;
}

/** "Kamis, 22 September 2022" for a local date written YYYY-MM-DD. */
export function formatLocalDateWithWeekday(date: string): string {
  const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
  return `${weekday}, ${formatLocalDate(date)}`;
}

/** "September 2022" for a local month written YYYY-MM. */
export function formatLocalMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return `${monthName(monthNumber!)} ${year}`;
}

/** "22 September 2022 pukul 14.05 WIB". */
export function formatDateTime(instant: Date, timeZone: string, zoneLabel: string): string {
  const { year, month, day, hour, minute } = zonedParts(instant, timeZone);
  const time = `${String(hour).padStart(2, '0')}.${String(minute).padStart(2, '0')}`;
  return `${day} ${monthName(month)} ${year} pukul ${time} ${zoneLabel}`;
}
