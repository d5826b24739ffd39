/** Limits of one import, shared by the command, the admin page and the HTTP server's body check. */

/**
 * Most data rows one file may have. Diskominfo's yearly sheet has a few hundred rows; an import
 * of 2,000 rows runs in one transaction for well under a minute.
 */
export const MAX_IMPORT_ROWS = 2000;

/** Largest file accepted, in bytes (10 MB); an XLSX of 2,000 rows is well under 1 MB. */
export const MAX_IMPORT_BYTES = 10_000_000;

/** Path of the admin page that receives uploads; the HTTP server accepts larger bodies there only. */
export const IMPORT_PAGE_PATH = '/staf/admin/impor';
