// Spreadsheets run a cell starting with = + - @ or a control character as a formula: make it text.
// A plain number (a negative amount) is no formula and stays a number.
function cell (value: string | number | null): string {
  const text = value === null ? '' : String(value)
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?[0-9]+$/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** One CSV record (RFC 4180, CRLF), every cell safe to open in a spreadsheet. */
export function csvLine (values: Array<string | number | null>): string {
  return `${values.map(cell).join(',')}\r\n`
}
