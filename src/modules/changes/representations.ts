import type { Db } from '../../db/database.js'
import { assignmentsByIds, progressUpdatesByIds } from '../assignments/repository.js'
import { noticesByIds } from '../notices/repository.js'
import { tasksByIds } from '../tasks/repository.js'
import { findTechnology, productsByIds } from '../catalogue/repository.js'
import { findRegistration } from '../catalogue/registrations/repository.js'
import { findReport } from '../reports/repository.js'
import { linesByIds } from '../funding/repository.js'
import type { ChangeRow } from './repository.js'
import type { Change } from './schemas.js'

type Loader = (db: Db, ids: number[], today: string) => Promise<Array<{ id: number }>>

/** For entities read one at a time (they change rarely); a missing one is simply absent. */
function oneByOne<T extends { id: number }> (find: (db: Db, id: number, today: string) => Promise<T | undefined>): Loader {
  return async (db, ids, today) => {
    // Only "not found" makes a tombstone; any other failure fails the page rather than fake a deletion.
    const found: Array<T | undefined> = await Promise.all(ids.map(async (id) => await find(db, id, today).catch((error: unknown) => {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined
      throw error
    })))
    return found.filter((row): row is T => row !== undefined)
  }
}

// How each entity of the feed is shown: the same representation its own endpoint gives.
const LOADERS: Record<string, Loader> = {
  notice: async (db, ids) => await noticesByIds(db, ids),
  task: tasksByIds,
  assignment: assignmentsByIds,
  progress_update: async (db, ids) => await progressUpdatesByIds(db, ids),
  report: oneByOne(async (db, id) => await findReport(db, id)),
  catalogue_technology: oneByOne(async (db, id) => await findTechnology(db, id)),
  catalogue_registration: oneByOne(findRegistration),
  catalogue_product: async (db, ids) => await productsByIds(db, ids),
  funding_line: async (db, ids, today) => await linesByIds(db, ids, undefined, today)
}

export type LoggedChange = Pick<ChangeRow, 'entity' | 'entityId' | 'operation' | 'version' | 'occurredAt'>

/** The changes as served, each with its entity's current representation: one query per entity type. */
export async function changeItems (db: Db, rows: LoggedChange[], today: string): Promise<Change[]> {
  const idsByEntity = new Map<string, Set<number>>()
  for (const { entity, entityId } of rows) {
    if (!idsByEntity.has(entity)) idsByEntity.set(entity, new Set())
    idsByEntity.get(entity)?.add(Number(entityId))
  }
  const found = new Map<string, Record<string, unknown>>()
  for (const [entity, ids] of idsByEntity) {
    const loader = LOADERS[entity]
    if (loader === undefined) continue
    for (const row of await loader(db, [...ids], today)) found.set(`${entity}:${row.id}`, row)
  }
  return rows.map((row) => ({
    entity: row.entity as Change['entity'],
    id: Number(row.entityId),
    operation: row.operation,
    version: row.version,
    occurredAt: row.occurredAt.toISOString(),
    data: found.get(`${row.entity}:${Number(row.entityId)}`) ?? null
  }))
}
