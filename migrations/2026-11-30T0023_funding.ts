import { sql, type Kysely } from 'kysely'

const FIGURES = ['registered', 'estimate', 'allocated', 'disbursed', 'carried_over']

// Funding lines: a line outlives what it links to (a task or assignment rewritten, a catalogue entry
// withdrawn): the link is cleared, audited and fed like any change. A line's figures are kept twice, current on the line (what lists and today's
// totals read) and every value ever written in funding_figure, each with the date it holds from,
// so any figure and any total can be read as of a past date. The history is append-only.
export async function up (db: Kysely<any>): Promise<void> {
  // An integration key is the finance or science ministry's system: it acts for its own agency.
  await sql`alter table api_key drop constraint api_key_role_check`.execute(db)
  await sql`alter table api_key add constraint api_key_role_check check (role in ('admin', 'secretariat', 'reporter', 'reader', 'integration'))`.execute(db)
  await sql`alter table api_key drop constraint api_key_reporter_agency`.execute(db)
  await sql`alter table api_key add constraint api_key_reporter_agency check ((role in ('reporter', 'integration')) = (agency_code is not null))`.execute(db)

  let line = db.schema.createTable('funding_line')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('fiscal_year', 'integer', (c) => c.notNull().check(sql`fiscal_year between 2000 and 2100`))
    .addColumn('agency_code', 'text', (c) => c.notNull().references('agency.code'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('central', 'local', 'other_public', 'non_state')`))
    .addColumn('field', 'text', (c) => c.notNull().check(sql`field in ('science_technology', 'innovation', 'digital_transformation')`))
    .addColumn('title', 'text', (c) => c.notNull().check(sql`length(title) between 1 and 1000`))
    .addColumn('task_id', 'integer', (c) => c.references('task.id').onDelete('set null'))
    .addColumn('assignment_id', 'integer', (c) => c.references('assignment.id').onDelete('set null'))
    .addColumn('technology_id', 'integer', (c) => c.references('catalogue_technology.id').onDelete('set null'))
    .addColumn('product_id', 'integer', (c) => c.references('catalogue_product.id').onDelete('set null'))
    .addColumn('programme', 'text', (c) => c.check(sql`length(programme) between 1 and 500`))
    .addColumn('sender_code', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.check(sql`length(external_id) between 1 and 100`))
  for (const figure of FIGURES) {
    line = line
      .addColumn(figure, 'bigint', (c) => c.notNull().defaultTo(0).check(sql.raw(`${figure} >= 0`)))
      .addColumn(`${figure}_as_of`, 'date')
  }
  await line
    .addColumn('over_allocation_reason', 'text', (c) => c.check(sql`length(over_allocation_reason) between 1 and 1000`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The rule holds in the database too: more disbursed than allocated only with a stated reason.
    .addCheckConstraint('funding_line_disbursed_within_allocated', sql`disbursed <= allocated or over_allocation_reason is not null`)
    .addCheckConstraint('funding_line_assignment_has_task', sql`assignment_id is null or task_id is not null`)
    .execute()
  await sql`create unique index funding_line_sender_external on funding_line (sender_code, external_id)`.execute(db)
  await sql`create index funding_line_year_agency on funding_line (fiscal_year, agency_code, id)`.execute(db)
  await sql`create index funding_line_agency on funding_line (agency_code, id)`.execute(db)
  await sql`create index funding_line_task on funding_line (task_id) where task_id is not null`.execute(db)
  await sql`create index funding_line_technology on funding_line (technology_id) where technology_id is not null`.execute(db)
  await sql`create index funding_line_product on funding_line (product_id) where product_id is not null`.execute(db)

  await db.schema.createTable('funding_figure')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('line_id', 'integer', (c) => c.notNull().references('funding_line.id'))
    .addColumn('figure', 'text', (c) => c.notNull().check(sql.raw(`figure in (${FIGURES.map((f) => `'${f}'`).join(', ')})`)))
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount >= 0`))
    .addColumn('as_of', 'date', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // Who and which request, from the same transaction settings the audit log reads.
    .addColumn('actor_key_id', 'integer', (c) => c.defaultTo(sql`nullif(current_setting('nq57.actor_key_id', true), '')::integer`))
    .addColumn('actor_name', 'text', (c) => c.notNull().defaultTo(sql`coalesce(nullif(current_setting('nq57.actor_name', true), ''), 'system')`))
    .addColumn('request_id', 'text', (c) => c.defaultTo(sql`nullif(current_setting('nq57.request_id', true), '')`))
    .addColumn('override_reason', 'text')
    .execute()
  await sql`create index funding_figure_line on funding_figure (line_id, figure, as_of, id)`.execute(db)
  await sql`
    create function funding_figure_is_append_only() returns trigger language plpgsql as $$
    begin raise exception 'funding_figure is append-only' using errcode = '42501'; end $$`.execute(db)
  await sql`
    create trigger funding_figure_no_change before update or delete or truncate on funding_figure
    for each statement execute function funding_figure_is_append_only()`.execute(db)

  // Audited and fed like every business table, an update that changes nothing being no change; each
  // figure entry is audited too. The triggers run once per statement over its transition tables, so a
  // batch of 50,000 lines costs a few set-based inserts rather than 200,000 trigger calls.
  await sql`
    create function audit_statement() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
    declare
      key_id integer := nullif(current_setting('nq57.actor_key_id', true), '')::integer;
      actor text := coalesce(nullif(current_setting('nq57.actor_name', true), ''), 'system');
      request text := nullif(current_setting('nq57.request_id', true), '');
    begin
      if tg_op = 'INSERT' then
        insert into audit_log (actor_key_id, actor_name, request_id, action, entity, entity_id, before, after)
        select key_id, actor, request, 'insert', tg_table_name, n.id::text, null, to_jsonb(n) from new_rows n order by n.id;
      elsif tg_op = 'UPDATE' then
        insert into audit_log (actor_key_id, actor_name, request_id, action, entity, entity_id, before, after)
        select key_id, actor, request, 'update', tg_table_name, n.id::text, to_jsonb(o), to_jsonb(n)
        from new_rows n join old_rows o on o.id = n.id where o is distinct from n order by n.id;
      else
        insert into audit_log (actor_key_id, actor_name, request_id, action, entity, entity_id, before, after)
        select key_id, actor, request, 'delete', tg_table_name, o.id::text, to_jsonb(o), null from old_rows o order by o.id;
      end if;
      return null;
    end $$`.execute(db)
  // As record_change: one entry per entity and version in a transaction, none for a row left as it was.
  await sql`
    create function record_changes() returns trigger language plpgsql security definer set search_path = public, pg_temp as $$
    begin
      if tg_op = 'INSERT' then
        insert into change_log (entity, entity_id, operation, version)
        select tg_argv[0], n.id::text, 'create', n.version from new_rows n order by n.id;
      elsif tg_op = 'UPDATE' then
        insert into change_log (entity, entity_id, operation, version)
        select tg_argv[0], n.id::text, 'update', n.version from new_rows n join old_rows o on o.id = n.id
        where o is distinct from n and not exists (select 1 from change_log c
          where c.txid = pg_current_xact_id() and c.entity = tg_argv[0] and c.entity_id = n.id::text and c.operation <> 'delete' and c.version is not distinct from n.version)
        order by n.id;
      else
        insert into change_log (entity, entity_id, operation, version)
        select tg_argv[0], o.id::text, 'delete', o.version from old_rows o order by o.id;
      end if;
      return null;
    end $$`.execute(db)
  for (const fn of ['audit_statement()', 'record_changes()']) await sql.raw(`revoke execute on function ${fn} from public`).execute(db)
  const transitions = { insert: 'referencing new table as new_rows', update: 'referencing old table as old_rows new table as new_rows', delete: 'referencing old table as old_rows' }
  for (const [event, referencing] of Object.entries(transitions)) {
    await sql.raw(`create trigger funding_line_audit_${event} after ${event} on funding_line ${referencing} for each statement execute function audit_statement()`).execute(db)
    await sql.raw(`create trigger funding_line_change_feed_${event} after ${event} on funding_line ${referencing} for each statement execute function record_changes('funding_line')`).execute(db)
  }
  await sql.raw(`create trigger funding_figure_audit_insert after insert on funding_figure ${transitions.insert} for each statement execute function audit_statement()`).execute(db)
}

export async function down (db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('funding_figure').execute()
  await db.schema.dropTable('funding_line').execute()
  await sql`drop function record_changes()`.execute(db)
  await sql`drop function audit_statement()`.execute(db)
  await sql`drop function funding_figure_is_append_only()`.execute(db)
  await sql`delete from api_key where role = 'integration'`.execute(db)
  await sql`alter table api_key drop constraint api_key_reporter_agency`.execute(db)
  await sql`alter table api_key add constraint api_key_reporter_agency check ((role = 'reporter') = (agency_code is not null))`.execute(db)
  await sql`alter table api_key drop constraint api_key_role_check`.execute(db)
  await sql`alter table api_key add constraint api_key_role_check check (role in ('admin', 'secretariat', 'reporter', 'reader'))`.execute(db)
}
