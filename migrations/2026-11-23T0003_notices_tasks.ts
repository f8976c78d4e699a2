import { sql, type Kysely } from 'kysely'

export async function up (db: Kysely<any>): Promise<void> {
  await db.schema.createTable('notice')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'date', (c) => c.notNull())
    .addColumn('issuer_code', 'text', (c) => c.notNull().references('agency.code'))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`length(title) > 0`))
    .addColumn('summary', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active', 'withdrawn')`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('search_text', 'text', (c) => c.generatedAlwaysAs(sql`search_normalize(number || ' ' || title || ' ' || coalesce(summary, ''))`).stored())
    .execute()
  await db.schema.createIndex('notice_issued').on('notice').columns(['issued_on', 'id']).execute()
  await sql`create index notice_search_trgm on notice using gin (search_text gin_trgm_ops)`.execute(db)

  await db.schema.createTable('task')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('notice_id', 'integer', (c) => c.notNull().references('notice.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer')
    .addColumn('ref', 'text', (c) => c.notNull().check(sql`ref ~ '^[^\\s]+$'`))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('content', 'text', (c) => c.notNull().check(sql`length(content) > 0`))
    .addColumn('deadline_kind', 'text', (c) => c.check(sql`deadline_kind in ('date', 'month', 'quarter', 'half', 'year', 'none')`))
    .addColumn('due_on', 'date')
    .addColumn('deadline_text', 'text')
    .addColumn('recurrence', 'text', (c) => c.check(sql`recurrence in ('monthly', 'quarterly', 'yearly')`))
    // Lead-assignment counters kept by a trigger, so timeliness filters are index lookups.
    .addColumn('lead_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lead_open_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lead_late_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('search_text', 'text', (c) => c.generatedAlwaysAs(sql`search_normalize(ref || ' ' || content)`).stored())
    .addUniqueConstraint('task_notice_ref', ['notice_id', 'ref'])
    .addUniqueConstraint('task_notice_id', ['notice_id', 'id'])
    // A parent is always in the same notice.
    .addForeignKeyConstraint('task_parent_same_notice', ['notice_id', 'parent_id'], 'task', ['notice_id', 'id'], (fk) => fk.onDelete('cascade'))
    .addCheckConstraint('task_deadline_shape', sql`(deadline_kind is null and due_on is null) or (deadline_kind = 'none' and due_on is null) or (deadline_kind <> 'none' and due_on is not null)`)
    .execute()
  await db.schema.createIndex('task_parent').on('task').column('parent_id').execute()
  await db.schema.createIndex('task_due').on('task').columns(['due_on', 'id']).execute()
  await db.schema.createIndex('task_updated').on('task').columns(['updated_at', 'id']).execute()
  await sql`create index task_search_trgm on task using gin (search_text gin_trgm_ops)`.execute(db)

  await db.schema.createTable('task_party')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('task.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('lead', 'coordinating', 'directing')`))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('agency_code', 'text', (c) => c.references('agency.code'))
    .addColumn('group_code', 'text', (c) => c.references('agency_group.code'))
    .addPrimaryKeyConstraint('task_party_pk', ['task_id', 'role', 'ordinal'])
    .addCheckConstraint('task_party_one_of', sql`(agency_code is null) <> (group_code is null)`)
    .execute()

  await db.schema.createTable('task_reference')
    .addColumn('task_id', 'integer', (c) => c.notNull().references('task.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('document_number', 'text', (c) => c.notNull())
    .addColumn('task_ref', 'text')
    .addPrimaryKeyConstraint('task_reference_pk', ['task_id', 'ordinal'])
    .execute()

  await db.schema.createTable('assignment')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('task_id', 'integer', (c) => c.notNull().references('task.id').onDelete('cascade'))
    .addColumn('agency_code', 'text', (c) => c.notNull().references('agency.code'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('lead', 'coordinating')`))
    .addColumn('via_group_code', 'text', (c) => c.references('agency_group.code'))
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('open').check(sql`state in ('open', 'done', 'cancelled')`))
    .addColumn('done_on', 'date')
    .addColumn('progress_percent', 'integer', (c) => c.notNull().defaultTo(0).check(sql`progress_percent between 0 and 100`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('assignment_task_agency_role', ['task_id', 'agency_code', 'role'])
    .addCheckConstraint('assignment_done_has_date', sql`(state = 'done') = (done_on is not null)`)
    .execute()
  await db.schema.createIndex('assignment_agency').on('assignment').columns(['agency_code', 'role', 'state', 'task_id']).execute()

  await db.schema.createTable('progress_update')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('assignment_id', 'integer', (c) => c.notNull().references('assignment.id').onDelete('cascade'))
    .addColumn('reported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('percent', 'integer', (c) => c.notNull().check(sql`percent between 0 and 100`))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('evidence', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('done_on', 'date')
    .execute()
  await db.schema.createIndex('progress_update_assignment').on('progress_update').columns(['assignment_id', 'id']).execute()

  await db.schema.createTable('task_history')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('task_id', 'integer', (c) => c.notNull().references('task.id').onDelete('cascade'))
    .addColumn('assignment_id', 'integer')
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('changes', 'jsonb', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('task_history_task').on('task_history').columns(['task_id', 'id']).execute()

  // Keeps task.lead_* equal to what its lead assignments say, whatever writes them. Statement-level
  // triggers with transition tables, so a bulk insert recounts each task once, not once per row.
  await sql`
    create function task_lead_counters_refresh(task_ids integer[]) returns void language sql as $$
      update task t set lead_count = c.total, lead_open_count = c.open, lead_late_count = c.late
      from (
        select tt.id,
          count(a.id) filter (where a.state <> 'cancelled') as total,
          count(a.id) filter (where a.state = 'open') as open,
          count(a.id) filter (where a.state = 'done' and a.done_on > tt.due_on) as late
        from task tt left join assignment a on a.task_id = tt.id and a.role = 'lead'
        where tt.id = any(task_ids)
        group by tt.id
      ) c
      where t.id = c.id
    $$`.execute(db)
  for (const [event, tables] of [['insert', 'new table as changed'], ['update', 'new table as changed'], ['delete', 'old table as changed']] as const) {
    await sql.raw(`
      create function assignment_after_${event}() returns trigger language plpgsql as $$
      begin
        perform task_lead_counters_refresh(array(select distinct task_id from changed));
        return null;
      end $$`).execute(db)
    await sql.raw(`
      create trigger assignment_lead_counters_${event} after ${event} on assignment
      referencing ${tables} for each statement execute function assignment_after_${event}()`).execute(db)
  }
  // A moved due date changes which finished leads were late.
  await sql`
    create function task_late_count_on_due_change() returns trigger language plpgsql as $$
    begin
      new.lead_late_count := (select count(*) from assignment a
        where a.task_id = new.id and a.role = 'lead' and a.state = 'done' and a.done_on > new.due_on);
      return new;
    end $$`.execute(db)
  await sql`
    create trigger task_due_change before update of due_on on task
    for each row when (old.due_on is distinct from new.due_on) execute function task_late_count_on_due_change()`.execute(db)
  await db.schema.createIndex('task_overdue').on('task').columns(['due_on', 'id']).where(sql.ref('lead_open_count'), '>', 0).execute()
}

export async function down (db: Kysely<any>): Promise<void> {
  for (const table of ['task_history', 'progress_update', 'assignment', 'task_reference', 'task_party', 'task', 'notice']) {
    await db.schema.dropTable(table).execute()
  }
  for (const fn of ['assignment_after_insert', 'assignment_after_update', 'assignment_after_delete', 'task_late_count_on_due_change']) {
    await sql.raw(`drop function if exists ${fn}()`).execute(db)
  }
  await sql`drop function task_lead_counters_refresh(integer[])`.execute(db)
}
