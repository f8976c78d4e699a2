import { Type, type Static } from 'typebox'
import { Value } from 'typebox/value'
import type { Db } from '../../db/database.js'
import { BadRequest } from '../../shared/errors.js'
import { AgencyCode } from '../../shared/schemas.js'
import { insertTechnology, updateTechnology, type TechnologyRow } from './repository.js'
import { CatalogueCode, InvestmentMode, TechGroup } from './schemas.js'
import { checkAgencies, checkClassification } from './service.js'

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Optional(Type.Union([schema, Type.Null()]))

export const LoadRow = Type.Object({
  kind: Type.Enum(['technology', 'product']),
  code: CatalogueCode,
  nameVi: Type.String({ minLength: 1, maxLength: 500 }),
  nameEn: Type.Optional(Type.String({ maxLength: 500 })),
  technologyCode: Nullable(CatalogueCode),
  group: Type.Optional(TechGroup),
  investmentMode: Type.Optional(InvestmentMode),
  sector: Nullable(Type.String({ maxLength: 200 })),
  leadAgency: Nullable(AgencyCode),
  coordinatingAgencies: Type.Optional(Type.Array(AgencyCode, { maxItems: 50, uniqueItems: true })),
  priorityDecision: Nullable(Type.String({ maxLength: 60 })),
  source: Nullable(Type.String({ maxLength: 1000 }))
}, { additionalProperties: false })
export type LoadRow = Static<typeof LoadRow>

export const LoadBody = Type.Object({
  dryRun: Type.Boolean({ description: 'true: report what would change and change nothing' }),
  rows: Type.Optional(Type.Array(Type.Unknown(), { maxItems: 5000, description: 'Rows as JSON objects (see LoadRow fields); checked one by one so the error names the row' })),
  csv: Type.Optional(Type.String({ maxLength: 1_000_000, description: 'Instead of rows: CSV with a header line of the same field names; coordinatingAgencies separated by ";"' }))
}, { additionalProperties: false })

export const LoadResult = Type.Object({
  dryRun: Type.Boolean(),
  edition: Type.String(),
  summary: Type.Object({ created: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() }),
  changes: Type.Array(Type.Object({
    row: Type.Integer({ description: '1-based row number (CSV: data line after the header)' }),
    kind: Type.Enum(['technology', 'product']),
    code: Type.String(),
    action: Type.Enum(['created', 'updated', 'unchanged']),
    fields: Type.Array(Type.String(), { description: 'Fields an update changes' })
  }))
})
export type LoadResult = Static<typeof LoadResult>

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

export function rowsOf (body: Static<typeof LoadBody>): LoadRow[] {
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

function changedFields (current: Record<string, unknown>, wanted: Record<string, unknown>): string[] {
  return Object.keys(wanted).filter((key) => JSON.stringify(current[key]) !== JSON.stringify(wanted[key]))
}

async function loadRow (trx: Db, editionId: number, row: LoadRow): Promise<{ action: 'created' | 'updated' | 'unchanged', fields: string[] }> {
  if (row.kind === 'technology') {
    checkClassification({ group: row.group ?? null, investmentMode: row.investmentMode ?? null })
    await checkAgencies(trx, [row.leadAgency, ...(row.coordinatingAgencies ?? [])])
    const wanted: Omit<TechnologyRow, 'editionId' | 'code'> = {
      nameVi: row.nameVi, nameEn: row.nameEn ?? '', techGroup: row.group ?? null, investmentMode: row.investmentMode ?? null, sector: row.sector ?? null,
      leadAgencyCode: row.leadAgency ?? null, coordinatingAgencyCodes: row.coordinatingAgencies ?? [], source: row.source ?? null
    }
    const current = await trx.selectFrom('catalogueTechnology').selectAll().where('editionId', '=', editionId).where('code', '=', row.code).executeTakeFirst()
    if (current === undefined) { await insertTechnology(trx, { editionId, code: row.code, ...wanted }); return { action: 'created', fields: [] } }
    const fields = changedFields(current, wanted)
    if (fields.length > 0) await updateTechnology(trx, current.id, null, wanted)
    return { action: fields.length > 0 ? 'updated' : 'unchanged', fields }
  }
  let technologyId: number | null = null
  if (row.technologyCode !== undefined && row.technologyCode !== null) {
    const technology = await trx.selectFrom('catalogueTechnology').select('id').where('editionId', '=', editionId).where('code', '=', row.technologyCode).executeTakeFirst()
    if (technology === undefined) throw new BadRequest(`technologyCode ${row.technologyCode} is not in this edition (load it in an earlier row)`)
    technologyId = technology.id
  }
  const wanted = { technologyId, nameVi: row.nameVi, nameEn: row.nameEn ?? '', priorityDecision: row.priorityDecision ?? null, source: row.source ?? null }
  const current = await trx.selectFrom('catalogueProduct').selectAll().where('editionId', '=', editionId).where('code', '=', row.code).executeTakeFirst()
  if (current === undefined) {
    await trx.insertInto('catalogueProduct').values({ editionId, code: row.code, ...wanted }).execute()
    return { action: 'created', fields: [] }
  }
  const fields = changedFields(current, wanted)
  if (fields.length > 0) await trx.updateTable('catalogueProduct').set({ ...wanted, version: (current.version ?? 1) + 1, updatedAt: new Date() }).where('id', '=', current.id).execute()
  return { action: fields.length > 0 ? 'updated' : 'unchanged', fields }
}

/** Loads every row or none: the first failing row aborts the transaction with a 400 naming it. */
export async function loadRows (trx: Db, editionId: number, rows: LoadRow[]): Promise<LoadResult['changes']> {
  const changes: LoadResult['changes'] = []
  const seen = new Set<string>()
  for (const [i, row] of rows.entries()) {
    const where = `row ${i + 1} (${row.code})`
    if (seen.has(`${row.kind}:${row.code}`)) throw new BadRequest(`${where}: ${row.kind} ${row.code} appears twice in this load`)
    seen.add(`${row.kind}:${row.code}`)
    try {
      changes.push({ row: i + 1, kind: row.kind, code: row.code, ...await loadRow(trx, editionId, row) })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if ((error as { statusCode?: number }).statusCode === 400) throw new BadRequest(`${where}: ${message}`)
      if (typeof (error as { code?: unknown }).code === 'string' && /^23/.test((error as { code: string }).code)) throw new BadRequest(`${where}: violates ${(error as { constraint?: string }).constraint ?? 'a constraint'}`)
      throw error
    }
  }
  return changes
}
