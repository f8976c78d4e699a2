import type { Db } from '../../db/database.js'
import { assignmentsByIds, progressUpdatesByIds } from '../assignments/repository.js'
import { noticesByIds } from '../notices/repository.js'
import { tasksByIds } from '../tasks/repository.js'
import { findTechnology } from '../catalogue/repository.js'
import { findRegistration } from '../catalogue/registration-repository.js'
import { findReport } from '../reports/repository.js'

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

export const FEED_ENTITIES = ['notice', 'task', 'assignment', 'progress_update', 'report', 'catalogue_technology', 'catalogue_product', 'catalogue_registration'] as const

// How each entity of the feed is shown: the same representation its own endpoint gives.
const LOADERS: Record<string, Loader> = {
  notice: async (db, ids) => await noticesByIds(db, ids),
  task: tasksByIds,
  assignment: assignmentsByIds,
  progress_update: async (db, ids) => await progressUpdatesByIds(db, ids),
  report: oneByOne(async (db, id) => await findReport(db, id)),
  catalogue_technology: oneByOne(async (db, id) => await findTechnology(db, id)),
  catalogue_registration: oneByOne(findRegistration),
  catalogue_product: async (db, ids) => ids.length === 0
    ? []
    : await db.selectFrom('catalogueProduct').selectAll().where('id', 'in', ids).execute()
}

/** Current representations of the given entities, one query per entity type; absent ones are gone. */
export async function currentRepresentations (db: Db, wanted: Array<{ entity: string, entityId: string }>, today: string): Promise<Map<string, unknown>> {
  const idsByEntity = new Map<string, Set<number>>()
  for (const { entity, entityId } of wanted) {
    if (!idsByEntity.has(entity)) idsByEntity.set(entity, new Set())
    idsByEntity.get(entity)?.add(Number(entityId))
  }
  const found = new Map<string, unknown>()
  for (const [entity, ids] of idsByEntity) {
    const loader = LOADERS[entity]
    if (loader === undefined) continue
    for (const row of await loader(db, [...ids], today)) found.set(`${entity}:${row.id}`, row)
  }
  return found
}
