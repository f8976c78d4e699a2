import type { Db, Trx } from '../../db/database.js'
import { writeTransaction } from '../../db/transaction.js'
import { BadRequest, Conflict, NotFound } from '../../shared/errors.js'
import type { Actor } from '../../shared/principal.js'
import { definedOnly } from '../../shared/schemas.js'
import type { VersionCondition } from '../../shared/versioning.js'
import { unknownCodes } from '../agencies/repository.js'
import { changedFields, rowsOf } from './load.js'
import {
  findEdition, findProductByCode, findTechnology, findTechnologyByCode, insertProduct, insertTechnology, lockTechnology, updateProduct, updateTechnology
} from './repository.js'
import type { CatalogueEdition, CatalogueTechnology, LoadBody, LoadResult, LoadRow, TechnologyCreate, TechnologyUpdate } from './schemas.js'

/** The edition a read asks for: by decision number, else the one in force on asOf (default today). */
export async function resolveEdition (db: Db, query: { edition?: string | undefined, asOf?: string | undefined }, today: string): Promise<CatalogueEdition> {
  if (query.edition !== undefined && query.asOf !== undefined) throw new BadRequest('send either edition or asOf, not both')
  if (query.edition !== undefined) {
    const edition = await findEdition(db, { number: query.edition.normalize('NFC') })
    if (edition === undefined) throw new NotFound('catalogue edition', query.edition)
    return edition
  }
  const asOf = query.asOf ?? today
  const edition = await findEdition(db, { asOf })
  if (edition === undefined) throw new NotFound('catalogue edition in force on', asOf)
  return edition
}

/** Group 2 alone has an investment mode (22-TB: the State invests by push or pull). */
export function checkClassification ({ group, investmentMode }: Pick<TechnologyCreate, 'group' | 'investmentMode'>, where = ''): void {
  if (investmentMode !== undefined && investmentMode !== null && group !== 2) {
    throw new BadRequest(`${where}investmentMode ${investmentMode} applies only to group 2 technologies; this one is ${group === 1 ? 'group 1' : 'not classified'}`)
  }
}

export async function checkAgencies (db: Db, codes: Array<string | null | undefined>, where = ''): Promise<void> {
  const unknown = await unknownCodes(db, codes.filter((code): code is string => typeof code === 'string'), 'agency')
  if (unknown.length > 0) throw new BadRequest(`${where}unknown agency code ${unknown.join(', ')}`)
}

async function technology (db: Db, id: number): Promise<CatalogueTechnology> {
  const found = await findTechnology(db, id)
  if (found === undefined) throw new NotFound('catalogue technology', String(id))
  return found
}

export async function createTechnology (db: Db, actor: Actor, input: TechnologyCreate): Promise<CatalogueTechnology> {
  return await writeTransaction(db, actor, async (trx) => {
    const edition = await findEdition(trx, { number: input.edition.normalize('NFC') })
    if (edition === undefined) throw new NotFound('catalogue edition', input.edition)
    checkClassification(input)
    await checkAgencies(trx, [input.leadAgency, ...(input.coordinatingAgencies ?? [])])
    let id: number
    try {
      id = await insertTechnology(trx, {
        editionId: edition.id, code: input.code, nameVi: input.nameVi, nameEn: input.nameEn, techGroup: input.group ?? null, investmentMode: input.investmentMode ?? null,
        sector: input.sector ?? null, leadAgencyCode: input.leadAgency ?? null, coordinatingAgencyCodes: input.coordinatingAgencies ?? [], source: input.source ?? null
      })
    } catch (error) {
      // The unique index decides, so two concurrent creates of one code get the same answer as two in turn.
      if ((error as { code?: unknown }).code === '23505') throw new Conflict(`technology ${input.code} already exists in ${edition.number}`)
      throw error
    }
    return await technology(trx, id)
  })
}

export async function editTechnology (db: Db, actor: Actor, id: number, condition: VersionCondition, input: TechnologyUpdate): Promise<CatalogueTechnology> {
  return await writeTransaction(db, actor, async (trx) => {
    const current = await lockTechnology(trx, id)
    if (current === undefined) throw new NotFound('catalogue technology', String(id))
    condition.check(current.version)
    checkClassification({ group: input.group === undefined ? current.techGroup : input.group, investmentMode: input.investmentMode === undefined ? current.investmentMode : input.investmentMode })
    await checkAgencies(trx, [input.leadAgency, ...(input.coordinatingAgencies ?? [])])
    await updateTechnology(trx, id, definedOnly({
      nameVi: input.nameVi, nameEn: input.nameEn, techGroup: input.group, investmentMode: input.investmentMode, sector: input.sector,
      leadAgencyCode: input.leadAgency, coordinatingAgencyCodes: input.coordinatingAgencies, source: input.source
    }))
    return await technology(trx, id)
  })
}

type Change = LoadResult['changes'][number]

async function loadRow (trx: Trx, editionId: number, row: LoadRow): Promise<Pick<Change, 'action' | 'fields'>> {
  if (row.kind === 'technology') {
    checkClassification({ group: row.group ?? null, investmentMode: row.investmentMode ?? null })
    await checkAgencies(trx, [row.leadAgency, ...(row.coordinatingAgencies ?? [])])
    const wanted = {
      nameVi: row.nameVi, nameEn: row.nameEn ?? '', techGroup: row.group ?? null, investmentMode: row.investmentMode ?? null, sector: row.sector ?? null,
      leadAgencyCode: row.leadAgency ?? null, coordinatingAgencyCodes: row.coordinatingAgencies ?? [], source: row.source ?? null
    }
    const current = await findTechnologyByCode(trx, editionId, row.code)
    if (current === undefined) { await insertTechnology(trx, { editionId, code: row.code, ...wanted }); return { action: 'created', fields: [] } }
    const fields = changedFields(current, wanted)
    if (fields.length > 0) await updateTechnology(trx, current.id, wanted)
    return { action: fields.length > 0 ? 'updated' : 'unchanged', fields }
  }
  let technologyId: number | null = null
  if (row.technologyCode !== undefined && row.technologyCode !== null) {
    const technology = await findTechnologyByCode(trx, editionId, row.technologyCode)
    if (technology === undefined) throw new BadRequest(`technologyCode ${row.technologyCode} is not in this edition (load it in an earlier row)`)
    technologyId = technology.id
  }
  const wanted = { technologyId, nameVi: row.nameVi, nameEn: row.nameEn ?? '', priorityDecision: row.priorityDecision ?? null, source: row.source ?? null }
  const current = await findProductByCode(trx, editionId, row.code)
  if (current === undefined) { await insertProduct(trx, { editionId, code: row.code, ...wanted }); return { action: 'created', fields: [] } }
  const fields = changedFields(current, wanted)
  if (fields.length > 0) await updateProduct(trx, current.id, wanted)
  return { action: fields.length > 0 ? 'updated' : 'unchanged', fields }
}

/** Loads every row or none: the first failing row aborts the transaction with a 400 naming it. */
async function loadRows (trx: Trx, editionId: number, rows: LoadRow[]): Promise<Change[]> {
  const changes: Change[] = []
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

/** Thrown with a dry run's result once its work is done, so the transaction rolls the writes back. */
class DryRun extends Error { constructor (readonly result: LoadResult) { super('dry run') } }

export async function loadEdition (db: Db, actor: Actor, editionId: number, body: LoadBody): Promise<LoadResult> {
  try {
    return await writeTransaction(db, actor, async (trx) => {
      const edition = await findEdition(trx, { id: editionId })
      if (edition === undefined) throw new NotFound('catalogue edition', String(editionId))
      const changes = await loadRows(trx, edition.id, rowsOf(body))
      const count = (action: Change['action']): number => changes.filter((c) => c.action === action).length
      const result = { dryRun: body.dryRun, edition: edition.number, summary: { created: count('created'), updated: count('updated'), unchanged: count('unchanged') }, changes }
      if (body.dryRun) throw new DryRun(result)
      return result
    })
  } catch (error) {
    if (error instanceof DryRun) return error.result
    throw error
  }
}
