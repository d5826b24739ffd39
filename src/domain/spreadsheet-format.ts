/**
 * Dates and times as Indonesian spreadsheets write them: 22/09/2022 and 14.05, in the
 * deployment's zone. The staff export writes them and the import reads them back.
 */

import { zonedParts } from './time.ts';

const pad = (value: number) => String(value).padStart(2, '0');

/** "22/09/2022". */
export function sheetDate(instant: Date, timeZone: string): string {
  const { year, month, day } = zonedParts(instant, timeZone);
  return `${pad(day)}/${pad(month)}/${year}`;
}

/** "14.05". */
export function sheetTime(instant: Date, timeZone: string): string {
  const { hour, minute } = zonedParts(instant, timeZone);
  return `${pad(hour)}.${pad(minute)}`;
}

/** "22/09/2022 14.05". */
export function sheetDateTime(instant: Date, timeZone: string): string {
  return `${sheetDate(instant, timeZone)} ${sheetTime(instant, timeZone)}`;
}
