/**
 * CSV as RFC 4180 writes it: CRLF line ends, fields quoted when they hold a quote, comma or line break, quotes
 * doubled. Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) get a leading `'`:
 * the text comes from pages we do not control.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
