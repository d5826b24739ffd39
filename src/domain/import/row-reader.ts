/** Reading the cells of one spreadsheet row by column, collecting every problem on the way. */

import { IMPORT_COLUMNS, type ImportColumnKey } from './layout.ts';
import type { Found, RowProblem } from './problems.ts';
import { cellText, isBlank, type Cell, type Parsed } from './values.ts';

export class RowReader {
  readonly problems: RowProblem[] = [];
  readonly row: number;
  private readonly cells: readonly Cell[];
  private readonly indexes: Partial<Record<ImportColumnKey, number>>;
  private readonly written: Partial<Record<ImportColumnKey, string>>;

  /**
   * @param row the row number the spreadsheet shows
   * @param cells the row's cells
   * @param indexes position of each column the file has
   * @param written header of each column as the file writes it
   */
  constructor(
    row: number,
    cells: readonly Cell[],
    indexes: Partial<Record<ImportColumnKey, number>>,
    written: Partial<Record<ImportColumnKey, string>>,
  ) {
    this.row = row;
    this.cells = cells;
    this.indexes = indexes;
    this.written = written;
  }

  has(key: ImportColumnKey): boolean {
    return this.indexes[key] !== undefined;
  }

  cell(key: ImportColumnKey): Cell {
    const index = this.indexes[key];
    return index === undefined ? null : (this.cells[index] ?? null);
  }

  text(key: ImportColumnKey): string {
    return cellText(this.cell(key));
  }

  blank(key: ImportColumnKey): boolean {
    return isBlank(this.cell(key));
  }

  /** Header of the column as the file writes it, or as the layout names it when the file lacks it. */
  header(key: ImportColumnKey): string {
    return this.written[key] ?? IMPORT_COLUMNS[key].header;
  }

  /** Record a problem with the column; what was found defaults to the cell itself. */
  report(key: ImportColumnKey | null, expected: string, found?: Found): void {
    this.problems.push({
      row: this.row,
      column: key === null ? null : this.header(key),
      expected,
      found: found === undefined && key !== null ? this.found(key) : (found ?? null),
    });
  }

  /** Parse a non-empty cell; records the problem and returns undefined when it does not parse. */
  parse<T>(key: ImportColumnKey, parser: (cell: Cell) => Parsed<T>): T | undefined {
    const result = parser(this.cell(key));
    if (!result.ok) {
      this.report(key, result.expected);
      return undefined;
    }
    return result.value;
  }

  /** Parse a cell that must be filled in; an empty one is reported with `expected`. */
  required<T>(key: ImportColumnKey, expected: string, parser: (cell: Cell) => Parsed<T>): T | undefined {
    if (this.blank(key)) {
      this.report(key, expected);
      return undefined;
    }
    return this.parse(key, parser);
  }

  /** Parse a cell that may be empty; an empty one gives null. */
  optional<T>(key: ImportColumnKey, parser: (cell: Cell) => Parsed<T>): T | null | undefined {
    return this.blank(key) ? null : this.parse(key, parser);
  }

  private found(key: ImportColumnKey): Found {
    if (!this.has(key)) {
      return { description: 'kolom ini tidak ada di berkas' };
    }
    return this.blank(key) ? null : { text: this.text(key) };
  }
}
