import { sql, type Insertable, type SqlBool, type Updateable } from 'kysely'
import type { Db, Trx } from '../../../db/database.js'
import type { CatalogueRegistrationStepTable, CatalogueRegistrationTable } from '../../../db/schema.js'
import { missingFields, type CatalogueProfile, type Priority } from './profile.js'
import type { CatalogueRegistration, RegistrationQuery } from './schemas.js'

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

/** What a change checks against, locked so no other change slips in before it commits. */
export async function lockRegistration (trx: Trx, id: number) {
  const row = await trx.selectFrom('catalogueRegistration').select(['id', 'agencyCode', 'state', 'version', 'techGroup', 'investmentMode', 'profile'])
    .where('id', '=', id).forUpdate().executeTakeFirst()
  return row === undefined ? undefined : { ...row, profile: row.profile as CatalogueProfile }
}

/** Columns with the profile as an object: it is stored as JSON, next to the score computed from it. */
type WithProfile<Columns> = Omit<Columns, 'profile' | 'priorityScore' | 'priorityParts'> & { profile: CatalogueProfile }

const scored = (priority: Priority | null) => ({ priorityScore: priority?.score ?? null, priorityParts: priority === null ? null : JSON.stringify(priority.parts) })

export async function insertRegistration (trx: Trx, values: WithProfile<Insertable<CatalogueRegistrationTable>>, priority: Priority | null): Promise<number> {
  const row = { ...values, profile: JSON.stringify(values.profile), ...scored(priority) }
  return (await trx.insertInto('catalogueRegistration').values(row).returning('id').executeTakeFirstOrThrow()).id
}

export async function updateRegistration (trx: Trx, id: number, changes: Partial<WithProfile<Updateable<CatalogueRegistrationTable>>>, priority: Priority | null): Promise<void> {
  const { profile, ...rest } = changes
  await trx.updateTable('catalogueRegistration')
    .set((eb) => ({ ...rest, ...(profile === undefined ? {} : { profile: JSON.stringify(profile) }), ...scored(priority), version: eb('version', '+', 1), updatedAt: sql<Date>`now()` }))
    .where('id', '=', id).execute()
}

export async function moveRegistration (trx: Trx, id: number, to: Pick<Updateable<CatalogueRegistrationTable>, 'state' | 'submittedOn' | 'rejectionReason'>): Promise<void> {
  await trx.updateTable('catalogueRegistration').set((eb) => ({ ...to, version: eb('version', '+', 1), updatedAt: sql<Date>`now()` })).where('id', '=', id).execute()
}

export async function recordStep (trx: Trx, step: Insertable<CatalogueRegistrationStepTable>): Promise<void> {
  await trx.insertInto('catalogueRegistrationStep').values(step).execute()
}
