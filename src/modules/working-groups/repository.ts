import { sql, type Insertable, type SqlBool, type Updateable } from 'kysely'
import type { Db, Trx } from '../../db/database.js'
import type { WorkingGroupTable } from '../../db/schema.js'
import type { MemberInput, WorkingGroup, WorkingGroupQuery } from './schemas.js'

type Member = WorkingGroup['members'][number]

function selectGroups (db: Db) {
  return db.selectFrom('workingGroup as g')
    .select([
      'g.id', 'g.code', 'g.name', 'g.chair', 'g.activeFrom', 'g.activeTo', 'g.note', 'g.version', 'g.createdAt', 'g.updatedAt',
      sql<WorkingGroup['establishedBy']>`(select json_build_object('taskId', t.id, 'noticeNumber', n.number, 'ref', t.ref, 'dueOn', t.due_on)
        from task t join notice n on n.id = t.notice_id where t.id = g.established_by_task_id)`.as('establishedBy'),
      sql<WorkingGroup['reportsTo']>`(select json_build_object('code', a.code, 'nameVi', a.name_vi) from agency a where a.code = g.reports_to_code)`.as('reportsTo'),
      sql<Member[]>`(select coalesce(json_agg(json_build_object('agency', json_build_object('code', a.code, 'nameVi', a.name_vi),
          'role', m.role, 'position', m.position) order by m.ordinal), '[]')
        from working_group_member m join agency a on a.code = m.agency_code where m.working_group_id = g.id)`.as('members')
    ])
}

type Row = Awaited<ReturnType<ReturnType<typeof selectGroups>['executeTakeFirstOrThrow']>>

function toGroup (row: Row): WorkingGroup {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }
}

export async function findWorkingGroup (db: Db, code: string): Promise<WorkingGroup | undefined> {
  const row = await selectGroups(db).where('g.code', '=', code).executeTakeFirst()
  return row === undefined ? undefined : toGroup(row)
}

export async function listWorkingGroups (db: Db, query: WorkingGroupQuery, afterId: number | undefined): Promise<WorkingGroup[]> {
  let builder = selectGroups(db)
  if (query.member !== undefined) {
    builder = builder.where(sql<SqlBool>`exists (select 1 from working_group_member m where m.working_group_id = g.id and m.agency_code = ${query.member})`)
  }
  if (query.activeOn !== undefined) {
    builder = builder.where('g.activeFrom', '<=', query.activeOn)
      .where((eb) => eb.or([eb('g.activeTo', 'is', null), eb('g.activeTo', '>=', query.activeOn ?? '')]))
  }
  if (afterId !== undefined) builder = builder.where('g.id', '>', afterId)
  const rows = await builder.orderBy('g.id').limit(query.limit + 1).execute()
  return rows.map(toGroup)
}

/** What a change checks against, locked so no other change slips in before it commits. */
export async function lockWorkingGroup (trx: Trx, code: string) {
  return await trx.selectFrom('workingGroup').select(['id', 'version']).where('code', '=', code).forUpdate().executeTakeFirst()
}

export async function taskExists (db: Db, id: number): Promise<boolean> {
  return await db.selectFrom('task').select('id').where('id', '=', id).executeTakeFirst() !== undefined
}

export async function insertWorkingGroup (trx: Trx, values: Insertable<WorkingGroupTable>): Promise<number> {
  return (await trx.insertInto('workingGroup').values(values).returning('id').executeTakeFirstOrThrow()).id
}

export async function updateWorkingGroup (trx: Trx, id: number, changes: Updateable<WorkingGroupTable>): Promise<void> {
  await trx.updateTable('workingGroup').set((eb) => ({ ...changes, version: eb('version', '+', 1), updatedAt: sql<Date>`now()` })).where('id', '=', id).execute()
}

export async function replaceMembers (trx: Trx, workingGroupId: number, members: MemberInput[]): Promise<void> {
  await trx.deleteFrom('workingGroupMember').where('workingGroupId', '=', workingGroupId).execute()
  if (members.length === 0) return
  await trx.insertInto('workingGroupMember')
    .values(members.map((m, ordinal) => ({ workingGroupId, agencyCode: m.agency, role: m.role, position: m.position ?? null, ordinal })))
    .execute()
}
