import { sql, type Kysely } from 'kysely'

// Each task's representation as the API serves it, kept as JSON text beside the task, so a page of
// tasks is read, not built: building one in SQL cost ~45 µs a task (parties, names, references,
// row_to_json), ten times reading it. Only timeliness, which moves with the calendar, is added at
// read time: `body` is the object without it and without its closing brace.
//
// The body depends on the task's row, its notice's number, its parties and their names, its
// references and the tasks they point at; a trigger on each of those rebuilds the bodies a change
// touches, in the same transaction. They run with the owner's rights, like the history writers
// (0015): the service's role may read the table, not write it.
const BODY = `
  left(row_to_json(x)::text, -1)
  from task t
  join notice n on n.id = t.notice_id
  cross join lateral (
    select t.id, t.notice_id as "noticeId", n.number as "noticeNumber", t.parent_id as "parentId", t.ref, t.label, t.content,
      parties.lead_agencies as "leadAgencies", parties.coordinating_agencies as "coordinatingAgencies",
      parties.lead_groups as "leadGroups", parties.coordinating_groups as "coordinatingGroups", parties.directing_agencies as "directingAgencies",
      case when t.deadline_kind is not null then (select row_to_json(d) from (select t.deadline_kind as kind, t.due_on as "dueOn", t.deadline_text as text) d) end as deadline,
      t.recurrence,
      (select coalesce(json_agg(doc_ref), '[]') from (
        select r.document_number as "documentNumber", r.task_ref as "taskRef",
          (select rt.id from notice rn join task rt on rt.notice_id = rn.id and rt.ref = r.task_ref where rn.number = r.document_number) as "taskId"
        from task_reference r where r.task_id = t.id order by r.ordinal) doc_ref) as "references",
      t.version,
      to_char(t.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "createdAt",
      to_char(t.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "updatedAt"
    from (
      select ${['lead', 'coordinating', 'directing'].flatMap((role) => [false, true].filter((group) => role !== 'directing' || !group).map((group) =>
        `coalesce(json_agg(r order by p.ordinal) filter (where p.role = '${role}' and (p.group_code is not null) = ${String(group)}), '[]') as ${role}_${group ? 'groups' : 'agencies'}`)).join(',\n        ')}
      from task_party p
      -- Names by primary-key lookups: a join made the planner hash the agency table once per task.
      cross join lateral (select coalesce(p.agency_code, p.group_code) as code,
        coalesce((select a.name_vi from agency a where a.code = p.agency_code), (select g.name_vi from agency_group g where g.code = p.group_code)) as "nameVi") r
      where p.task_id = t.id
    ) parties
  ) x`

/** Statement-level triggers: a bulk write rebuilds each touched task once. */
const TRIGGERS: Array<[name: string, table: string, event: string, transition: string, ids: string]> = [
  // Its own columns (not the lead counters, which only timeliness reads), and the tasks whose references resolve to it.
  ['task_document_task_insert', 'task', 'insert', 'new table as changed', `
    select id from changed
    union select r.task_id from changed c join notice n on n.id = c.notice_id join task_reference r on r.document_number = n.number and r.task_ref = c.ref`],
  ['task_document_task_update', 'task', 'update', 'old table as before new table as changed', `
    select c.id from changed c join before b on b.id = c.id
      where (c.notice_id, c.parent_id, c.ref, c.label, c.content, c.deadline_kind, c.due_on, c.deadline_text, c.recurrence, c.version, c.created_at, c.updated_at)
        is distinct from (b.notice_id, b.parent_id, b.ref, b.label, b.content, b.deadline_kind, b.due_on, b.deadline_text, b.recurrence, b.version, b.created_at, b.updated_at)
    union select r.task_id from changed c join before b on b.id = c.id
      cross join lateral (values (c.notice_id, c.ref), (b.notice_id, b.ref)) v (notice_id, ref)
      join notice n on n.id = v.notice_id join task_reference r on r.document_number = n.number and r.task_ref = v.ref
      where (c.notice_id, c.ref) is distinct from (b.notice_id, b.ref)`],
  ['task_document_task_delete', 'task', 'delete', 'old table as changed', `
    select r.task_id from changed c join notice n on n.id = c.notice_id join task_reference r on r.document_number = n.number and r.task_ref = c.ref`],
  ...(['insert', 'update', 'delete'] as const).flatMap((event): Array<[string, string, string, string, string]> => ['task_party', 'task_reference'].map((table) =>
    [`task_document_${table}_${event}`, table, event, `${event === 'delete' ? 'old' : 'new'} table as changed`, 'select task_id from changed'])),
  ['task_document_notice_number', 'notice', 'update', 'old table as before new table as changed', `
    select t.id from changed c join before b on b.id = c.id join task t on t.notice_id = c.id where c.number is distinct from b.number
    union select r.task_id from changed c join before b on b.id = c.id join task_reference r on r.document_number in (c.number, b.number) where c.number is distinct from b.number`],
  ['task_document_agency_name', 'agency', 'update', 'old table as before new table as changed', `
    select p.task_id from changed c join before b on b.code = c.code join task_party p on p.agency_code = c.code where c.name_vi is distinct from b.name_vi`],
  ['task_document_group_name', 'agency_group', 'update', 'old table as before new table as changed', `
    select p.task_id from changed c join before b on b.code = c.code join task_party p on p.group_code = c.code where c.name_vi is distinct from b.name_vi`]
]

export async function up (db: Kysely<any>): Promise<void> {
  await sql`create table task_document (
    task_id integer primary key references task (id) on delete cascade,
    body text not null
  )`.execute(db)
  // PL/pgSQL, not SQL: its statement is planned once per session, not on every call (5 ms).
  await sql.raw(`
    create function refresh_task_documents(ids integer[]) returns void language plpgsql as $$
    begin
      insert into task_document (task_id, body)
      select t.id, ${BODY}
      where t.id = any(ids)
      on conflict (task_id) do update set body = excluded.body where task_document.body is distinct from excluded.body;
    end $$`).execute(db)
  await sql`revoke execute on function refresh_task_documents(integer[]) from public`.execute(db)
  for (const [name, table, event, transition, ids] of TRIGGERS) {
    await sql.raw(`
      create function ${name}() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
      declare ids integer[] := array(${ids});
      begin
        -- A statement trigger fires for a statement that changed nothing, too (a no-op update).
        if cardinality(ids) > 0 then perform refresh_task_documents(ids); end if;
        return null;
      end $$`).execute(db)
    await sql.raw(`revoke execute on function ${name}() from public`).execute(db)
    await sql.raw(`create trigger ${name} after ${event} on ${table} referencing ${transition} for each statement execute function ${name}()`).execute(db)
  }
  await sql`select refresh_task_documents(array(select id from task))`.execute(db)
}

export async function down (db: Kysely<any>): Promise<void> {
  for (const [name, table] of TRIGGERS) {
    await sql.raw(`drop trigger ${name} on ${table}`).execute(db)
    await sql.raw(`drop function ${name}()`).execute(db)
  }
  await sql`drop function refresh_task_documents(integer[])`.execute(db)
  await sql`drop table task_document`.execute(db)
}
