/** Problems the import finds in a file, and their Indonesian wording for the report. */

/** Content of a cell for the report: its text, a description, or null for an empty cell. */
export type Found = { text: string } | { description: string } | null;

/** A problem in one row of the spreadsheet. */
export interface RowProblem {
  /** Row number as the spreadsheet shows it: the header is row 1 in a file without a title above it. */
  row: number;
  /** Header as the file writes it (the layout's name when the file lacks the column); null for the whole row. */
  column: string | null;
  /** Expected value as a phrase: "salah satu dari WhatsApp, Instagram, …". */
  expected: string;
  found: Found;
}

/** Maximum length of cell text quoted in a message; longer text is cut with an ellipsis. */
const QUOTE_LIMIT = 80;

/** Describe a problem in one sentence: Baris 12, kolom "Kanal": diharapkan …; tertulis "Telegram". */
export function describeRowProblem(problem: RowProblem): string {
  const place = problem.column === null ? `Baris ${problem.row}` : `Baris ${problem.row}, kolom "${problem.column}"`;
  return `${place}: diharapkan ${problem.expected}; ${describeFound(problem.found)}.`;
}

export function describeFound(found: Found): string {
  if (found === null) {
    return 'kosong';
  }
  if ('description' in found) {
    return found.description;
  }
  const text = found.text.replace(/\s+/g, ' ');
  const shown = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text;
  return `tertulis "${shown}"`;
}
