/**
 * CSV read as text, cell by cell. SheetJS's CSV reader turns digit strings into numbers, and an
 * 18-digit ID number would lose its last digits (see SETUP.md "Spreadsheets"), so CSV never goes
 * through it: every cell stays the text that was in the file.
 */

export type Delimiter = ',' | '\t' | ';';

const CANDIDATES: readonly Delimiter[] = [',', '\t', ';'];
// Enough lines to see the header below a title or two.
const SAMPLE_LINES = 20;

/**
 * The separator: the candidate found most often outside quotes in the first lines. Excel in
 * some locales writes ';', "Unicode text" and many HR systems write tabs. A `sep=;` first line
 * (Excel's own hint) decides it.
 */
export function detectDelimiter(text: string): Delimiter {
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint && (CANDIDATES as readonly string[]).includes(hint[1]!)) return hint[1] as Delimiter;
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < SAMPLE_LINES; i += 1) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') lines += 1;
    else if (!quoted && counts.has(char as Delimiter)) {
      counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
    }
  }
  let best: Delimiter = ',';
  for (const d of CANDIDATES) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

// ="0123" is how exports from payroll and HR systems keep digits as text when Excel opens them.
const FORMULA_TEXT = /^="(.*)"$/s;

function cellValue(raw: string, wasQuoted: boolean): string {
  if (!wasQuoted) {
    const formula = FORMULA_TEXT.exec(raw);
    if (formula) return formula[1]!.replace(/""/g, '"');
  }
  return raw;
}

/**
 * Parses CSV text (RFC 4180: quoted cells may hold separators, quotes doubled and line breaks)
 * into rows of strings. Blank lines stay as empty rows, so that row numbers match the lines
 * the user sees in Excel. A trailing line break does not make an extra row.
 */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  let i = /^sep=.\r?\n/i.test(text) ? text.indexOf('\n') + 1 : 0;

  const endCell = () => {
    row.push(cellValue(cell, wasQuoted));
    cell = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endCell();
    rows.push(row.length === 1 && row[0] === '' ? [] : row);
    row = [];
  };

  for (; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') cell += char;
      else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"' && cell === '') {
      quoted = true;
      wasQuoted = true;
    } else if (char === delimiter) endCell();
    else if (char === '\n') endRow();
    else if (char === '\r') {
      if (text[i + 1] === '\n') i += 1;
      endRow();
    } else cell += char;
  }
  if (cell !== '' || row.length > 0 || wasQuoted) endRow();
  return rows;
}
