import { sql, type SqlBool } from 'kysely'
import type { Db } from '../../db/database.js'
import type { CatalogueProfile, Priority } from './profile.js'
import { missingFields } from './profile.js'
import type { CatalogueRegistration, RegistrationQuery } from './registration-schemas.js'

type Steps = CatalogueRegistration['steps']
const lateSql = (today: string) => sql<boolean>`(coalesce(r.submitted_on, ${today}::date) > r.deadline)`
/** Scored registrations first (score descending), then the unscored; code then id break ties. */
const SORT_KEY = sql<number>`coalesce(r.priority_score, -1)`

function selectRegistrations (db: Db, today: string) {
  return db.selectFrom('catalogueRegistration as r').select([
    'r.id', 'r.agencyCode as agency', 'r.subjectKind', 'r.code', 'r.nameVi', 'r.nameEn', 'r.technologyCode', 'r.techGroup as group', 'r.investmentMode',
    'r.sector', 'r.profile', 'r.priorityScore', 'r.priorityParts', 'r.state', 'r.deadline', 'r.submittedOn', 'r.rejectionReason', 'r.version', 'r.createdAt', 'r.updatedAt',
    lateSql(today).as('late'), SORT_KEY.as('sortKey'),
    sql<Steps>`coalesce((select json_agg(json_build_object('state', s.state, 'by', s.actor_name, 'keyId', s.actor_key_id,
      'at', to_char(s.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'onDate', s.on_date, 'reason', s.reason) order by s.id)
      from catalogue_registration_step s where s.registration_id = r.id), '[]')`.as('steps')
  ])
}

type Selected = Awaited<ReturnType<ReturnType<typeof selectRegistrations>['executeTakeFirstOrThrow']>>

function toRegistration ({ priorityScore, priorityParts, sortKey: _sortKey, ...row }: Selected): CatalogueRegistration {
  const profile = row.profile as CatalogueProfile
  return {
    ...row,
    profile,
    missingFields: missingFields(profile),
    priority: priorityScore === null ? null : { score: priorityScore, parts: priorityParts as Priority['parts'] },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString()
  }
}

export async function findRegistration (db: Db, id: number, today: string): Promise<CatalogueRegistration | undefined> {
  const row = await selectRegistrations(db, today).where('r.id', '=', id).executeTakeFirst()
  return row === undefined ? undefined : toRegistration(row)
}

export type RegistrationPosition = [number, string, number] | [number]

export async function listRegistrations (db: Db, query: RegistrationQuery, after: RegistrationPosition | undefined, today: string): Promise<Array<CatalogueRegistration & { position: RegistrationPosition }>> {
  let builder = selectRegistrations(db, today)
  if (query.agency !== undefined) builder = builder.where('r.agencyCode', '=', query.agency)
  if (query.state !== undefined) builder = builder.where('r.state', '=', query.state)
  if (query.group === 'none') builder = builder.where('r.techGroup', 'is', null)
  else if (query.group !== undefined) builder = builder.where('r.techGroup', '=', Number(query.group) as 1 | 2)
  if (query.investmentMode !== undefined) builder = builder.where('r.investmentMode', '=', query.investmentMode)
  if (query.sector !== undefined) builder = builder.where(sql<SqlBool>`search_normalize(r.sector) = search_normalize(${query.sector})`)
  if (query.late !== undefined) builder = builder.where(query.late ? sql<SqlBool>`${lateSql(today)}` : sql<SqlBool>`not ${lateSql(today)}`)
  if (query.q !== undefined) builder = builder.where(sql<SqlBool>`r.search_text like '%' || search_normalize(${query.q}) || '%'`)
  const byPriority = query.sort === 'priority'
  if (after !== undefined) {
    const [key, code, id] = after
    builder = builder.where(byPriority && code !== undefined && id !== undefined
      ? sql<SqlBool>`(${SORT_KEY} < ${key} or (${SORT_KEY} = ${key} and (r.code, r.id) > (${code}, ${id})))`
      : sql<SqlBool>`r.id > ${key}`)
  }
  builder = byPriority ? builder.orderBy(SORT_KEY, 'desc').orderBy('r.code').orderBy('r.id') : builder.orderBy('r.id')
  const rows = await builder.limit(query.limit + 1).execute()
  return rows.map((row) => ({ ...toRegistration(row), position: byPriority ? [Number(row.sortKey), row.code, row.id] : [row.id] }))
}

export interface RegistrationRow {
  agencyCode: string
  subjectKind: 'technology' | 'product'
  code: string
  nameVi: string
  nameEn: string
  technologyCode: string | null
  techGroup: 1 | 2 | null
  investmentMode: 'push' | 'pull' | null
  sector: string | null
  profile: CatalogueProfile
}

const scored = (priority: Priority | null) => ({ priorityScore: priority?.score ?? null, priorityParts: priority === null ? null : JSON.stringify(priority.parts) })

export async function insertRegistration (db: Db, row: RegistrationRow, priority: Priority | null): Promise<number> {
  const values = { ...row, profile: JSON.stringify(row.profile), ...scored(priority) }
  return (await db.insertInto('catalogueRegistration').values(values).returning('id').executeTakeFirstOrThrow()).id
}

export async function updateRegistration (db: Db, id: number, version: number, changes: Partial<RegistrationRow>, priority: Priority | null): Promise<boolean> {
  const { profile, ...rest } = changes
  const set = { ...rest, ...(profile === undefined ? {} : { profile: JSON.stringify(profile) }), ...scored(priority), version: sql<number>`version + 1`, updatedAt: sql<Date>`now()` }
  return (await db.updateTable('catalogueRegistration').set(set).where('id', '=', id).where('version', '=', version).executeTakeFirst()).numUpdatedRows > 0n
}

export async function moveRegistration (db: Db, id: number, version: number, to: { state: CatalogueRegistration['state'], submittedOn?: string, rejectionReason?: string }): Promise<boolean> {
  return (await db.updateTable('catalogueRegistration').set({ ...to, version: sql<number>`version + 1`, updatedAt: sql<Date>`now()` })
    .where('id', '=', id).where('version', '=', version).executeTakeFirst()).numUpdatedRows > 0n
}

export async function recordStep (db: Db, step: { registrationId: number, state: string, actorName: string, actorKeyId: number | null, onDate: string, reason: string | null }): Promise<void> {
  await db.insertInto('catalogueRegistrationStep').values(step).execute()
}
