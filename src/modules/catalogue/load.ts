import { Value } from 'typebox/value'
import { BadRequest } from '../../shared/errors.js'
import { LoadRow, type LoadBody } from './schemas.js'

/** Minimal RFC 4180 reader: quoted fields with "" escapes, commas and newlines inside quotes. */
export function parseCsv (text: string): string[][] {
  const rows: string[][] = []
  let field = ''
  let row: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++ } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') { row.push(field); field = '' } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field); rows.push(row); row = []; field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row) }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''))
}

function csvRows (text: string): unknown[] {
  const [header, ...lines] = parseCsv(text)
  if (header === undefined) throw new BadRequest('csv: no header line')
  const names = header.map((name) => name.trim())
  return lines.map((cells) => {
    const row: Record<string, unknown> = {}
    names.forEach((name, i) => {
      const cell = (cells[i] ?? '').trim()
      if (cell === '') return
      if (name === 'group') row[name] = /^\d+$/.test(cell) ? Number(cell) : cell
      else if (name === 'coordinatingAgencies') row[name] = cell.split(';').map((c) => c.trim()).filter((c) => c !== '')
      else row[name] = cell
    })
    return row
  })
}

/** The rows of a load, each checked against LoadRow here so the 400 names the row that fails. */
export function rowsOf (body: LoadBody): LoadRow[] {
  if ((body.rows === undefined) === (body.csv === undefined)) throw new BadRequest('send either rows or csv')
  const raw = body.rows ?? csvRows(body.csv ?? '')
  if (raw.length === 0) throw new BadRequest('no rows to load')
  return raw.map((row, i) => {
    if (Value.Check(LoadRow, row)) return row
    const problem = Value.Errors(LoadRow, row)[0]
    const code = typeof row === 'object' && row !== null && typeof (row as { code?: unknown }).code === 'string' ? ` (${(row as { code: string }).code})` : ''
    throw new BadRequest(`row ${i + 1}${code}: ${problem?.instancePath === '' || problem === undefined ? '' : `${problem.instancePath} `}${problem?.message ?? 'is invalid'}`)
  })
}

export function changedFields (current: Record<string, unknown>, wanted: Record<string, unknown>): string[] {
  return Object.keys(wanted).filter((key) => JSON.stringify(current[key]) !== JSON.stringify(wanted[key]))
}
