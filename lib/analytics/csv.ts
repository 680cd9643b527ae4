import { stringify } from "csv-stringify/sync";

export type CsvCell = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet read a cell as a formula (or strip into one): = + - @ tab CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell safe to open in a spreadsheet: a leading apostrophe stops it from being run as a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * CSV text (RFC 4180 quoting by csv-stringify, CRLF line ends, a UTF-8 byte-order mark so spreadsheets read
 * accents right). Text cells are neutralised against formula injection; numbers stay numbers.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const safe = [header, ...rows].map((row) =>
    row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : cell === null || cell === undefined ? "" : cell)),
  );
  return "\uFEFF" + stringify(safe, { record_delimiter: "windows", cast: { boolean: (b) => (b ? "yes" : "no") } });
}

/** A file name part from free text: letters, digits and dashes only. */
export function fileSlug(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "export";
}
