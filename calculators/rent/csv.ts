import type { FieldError } from '../core/outcome';

/** A parsed CSV record and the line of the file it starts on (1 is the header). */
export type CsvRecord = { line: number; cells: string[] };

/** A CSV problem located by line and, where it has one, column: the message says both. */
export const csvError = (line: number, column: string | null, message: string): FieldError => ({
  path: column === null ? `line ${line}` : `line ${line}.${column}`,
  message: column === null ? `Line ${line}: ${message}` : `Line ${line}, column "${column}": ${message}`,
});

/**
 * Parses RFC 4180 CSV: comma-separated, fields optionally in double quotes with "" for a quote,
 * LF or CRLF line ends, an optional byte-order mark; blank lines are skipped.
 */
export function parseCsv(text: string): { ok: true; records: CsvRecord[] } | { ok: false; errors: FieldError[] } {
  const source = text.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let recordLine = 1;
  const endCell = () => {
    cells.push(wasQuoted ? cell : cell.trim());
    cell = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
      continue;
    }
    if (char === '"') {
      if (cell.trim() !== '')
        return {
          ok: false,
          errors: [
            csvError(line, null, 'a quote mark in the middle of a field: put the whole field in quotes and double the quote mark ("")'),
          ],
        };
      cell = '';
      quoted = true;
      wasQuoted = true;
    } else if (char === ',') {
      endCell();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else if (wasQuoted) {
      if (char?.trim())
        return { ok: false, errors: [csvError(line, null, 'text after a closing quote mark: put the whole field in quotes')] };
    } else {
      cell += char;
    }
  }
  if (quoted) return { ok: false, errors: [csvError(recordLine, null, 'a quoted field is never closed: add the closing quote mark')] };
  if (cell !== '' || cells.length) endRecord();
  return { ok: true, records };
}

/** Maps normalised header names to column positions; the header is case- and space-insensitive. */
export function headerIndex(header: string[]): Map<string, number> {
  return new Map(header.map((name, index) => [name.trim().toLowerCase().replace(/\s+/g, '_'), index]));
}
