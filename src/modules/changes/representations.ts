import type { Db } from '../../db/database.js'
import { assignmentsByIds, progressUpdatesByIds } from '../assignments/repository.js'
import { noticesByIds } from '../notices/repository.js'
import { tasksByIds } from '../tasks/repository.js'

type Loader = (db: Db, ids: number[], today: string) => Promise<Array<{ id: number }>>

// How each entity of the feed is shown: the same representation its own endpoint gives.
const LOADERS: Record<string, Loader> = {
  notice: async (db, ids) => await noticesByIds(db, ids),
  task: tasksByIds,
  assignment: assignmentsByIds,
  progress_update: async (db, ids) => await progressUpdatesByIds(db, ids)
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
