import { Type, type Static } from 'typebox'
import type { Db } from '../../db/database.js'
import { Timestamp } from '../../shared/schemas.js'
import { assignmentsByIds, progressUpdatesByIds } from '../assignments/repository.js'
import { noticesByIds } from '../notices/repository.js'
import { tasksByIds } from '../tasks/repository.js'
import { findTechnology, productsByIds } from '../catalogue/repository.js'
import { findRegistration } from '../catalogue/registration-repository.js'
import { findReport } from '../reports/repository.js'
import type { ChangeRow } from './repository.js'

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
export const OPERATIONS = ['create', 'update', 'delete'] as const

// How each entity of the feed is shown: the same representation its own endpoint gives.
const LOADERS: Record<string, Loader> = {
  notice: async (db, ids) => await noticesByIds(db, ids),
  task: tasksByIds,
  assignment: assignmentsByIds,
  progress_update: async (db, ids) => await progressUpdatesByIds(db, ids),
  report: oneByOne(async (db, id) => await findReport(db, id)),
  catalogue_technology: oneByOne(async (db, id) => await findTechnology(db, id)),
  catalogue_registration: oneByOne(findRegistration),
  catalogue_product: async (db, ids) => await productsByIds(db, ids)
}

// Every feed table has a serial or bigserial key. A bigserial passing 2^53 would take 285 years
// at a million inserts a second, so a JSON number is exact.
export const EntityId = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'The id of the entity changed, 1 to 2^53 − 1' })

/**
 * One change as both the feed (an item of GET /v1/changes) and webhooks (a payload's `data`) show
 * it, so an integrator handles both with one type.
 */
export const Change = Type.Object({
  entity: Type.Enum(FEED_ENTITIES),
  id: EntityId,
  operation: Type.Enum(OPERATIONS),
  version: Type.Union([Type.Integer(), Type.Null()], { description: 'The version this change produced (null for entities without versions)' }),
  occurredAt: Timestamp,
  data: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()], {
    description: "The entity's current representation, as its own endpoint returns it; null (a tombstone) when it no longer exists"
  })
}, { additionalProperties: false })
export type Change = Static<typeof Change>

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
