/**
 * Reading an uploaded spreadsheet into rows of cells: CSV (comma, semicolon or tab separated,
 * UTF-8 or the Windows-1252 that older Excel writes) or XLSX. The type is detected from the
 * file's content, not its name.
 */

import { CsvError, parse } from 'csv-parse/sync';
import readXlsxFile, { InvalidInputError } from 'read-excel-file/node';
import type { Cell } from '../../domain/import/values.ts';

export type SpreadsheetFormat = 'csv' | 'xlsx';

export interface Spreadsheet {
  format: SpreadsheetFormat;
  /** Name of the sheet read from an XLSX file; null for CSV. */
  sheet: string | null;
  /** Rows from the first, as the spreadsheet numbers them from 1. */
  rows: Cell[][];
}

/** A file that cannot be read as a spreadsheet; the message is Indonesian, for the report. */
export class SpreadsheetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpreadsheetError';
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** Compound File signature of .xls, .doc and other pre-2007 Office files. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

const UTF16LE_BOM = [0xff, 0xfe];

const SAVE_AS = 'Simpan ulang lembar kerja sebagai "Buku Kerja Excel (.xlsx)" atau "CSV UTF-8", lalu unggah kembali.';

export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<Spreadsheet> {
  if (bytes.length === 0) {
    throw new SpreadsheetError('Berkas kosong (0 bita).');
  }
  if (startsWith(bytes, ZIP_SIGNATURE)) {
    return readXlsx(bytes);
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new SpreadsheetError(`Berkas ${fileName} berformat Excel lama (.xls) yang tidak dapat dibaca. ${SAVE_AS}`);
  }
  const text = decodeText(bytes);
  if (text === null) {
    throw new SpreadsheetError(`Jenis berkas ${fileName} tidak dikenal: bukan CSV dan bukan XLSX. ${SAVE_AS}`);
  }
  return { format: 'csv', sheet: null, rows: readCsv(text) };
}

async function readXlsx(bytes: Uint8Array): Promise<Spreadsheet> {
  let sheets;
  try {
    sheets = await readXlsxFile(Buffer.from(bytes));
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof Error) {
      throw new SpreadsheetError(`Berkas tidak dapat dibaca sebagai lembar kerja XLSX (${error.message}). ${SAVE_AS}`);
    }
    throw error;
  }
  // The first sheet with data: workbooks often start with an empty or a cover sheet.
  const sheet = sheets.find((candidate) => candidate.data.some((row) => row.some((cell) => cell !== null && cell !== '')));
  if (!sheet) {
    throw new SpreadsheetError('Lembar kerja tidak berisi data.');
  }
  return { format: 'xlsx', sheet: sheet.sheet, rows: sheet.data as unknown as Cell[][] };
}

/** Decode the text of a CSV file, or return null for binary content. */
function decodeText(bytes: Uint8Array): string | null {
  // Excel's "Teks Unicode" is UTF-16 with a byte order mark.
  if (startsWith(bytes, UTF16LE_BOM)) {
    return new TextDecoder('utf-16le').decode(bytes);
  }
  if (bytes.includes(0)) {
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel's plain "CSV (dipisahkan koma)" writes the Windows code page, not UTF-8.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsv(text: string): Cell[][] {
  try {
    return parse(text, {
      bom: true,
      delimiter: guessDelimiter(text),
      relax_column_count: true,
      // Empty lines stay, so that row numbers match what a spreadsheet program shows.
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) {
      throw new SpreadsheetError(csvProblem(error));
    }
    throw error;
  }
}

function csvProblem(error: CsvError): string {
  const line = typeof error.lines === 'number' ? ` (sekitar baris ${error.lines})` : '';
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return `Berkas CSV tidak dapat dibaca${line}: ada tanda kutip (") yang tidak ditutup.`;
  }
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'INVALID_OPENING_QUOTE') {
    return `Berkas CSV tidak dapat dibaca${line}: tanda kutip (") di tengah isian. Apit isian itu dengan tanda kutip dan tulis kutip di dalamnya dua kali ("").`;
  }
  return `Berkas CSV tidak dapat dibaca${line}: ${error.message}`;
}

/**
 * Return the separator that splits some line of the first ten into the most fields: Excel in an
 * Indonesian locale writes semicolons, because the comma is the decimal separator there. A title
 * line above the header has none, and separators inside quotes do not count.
 */
function guessDelimiter(text: string): string {
  const lines = text
    .split(/\r?\n/, 10)
    .map((line) => line.replace(/"[^"]*"/g, ''));
  let best = { delimiter: ',', count: 0 };
  for (const delimiter of [',', ';', '\t']) {
    const count = Math.max(...lines.map((line) => line.split(delimiter).length - 1));
    if (count > best.count) {
      best = { delimiter, count };
    }
  }
  return best.delimiter;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}
