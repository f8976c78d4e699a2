import { sql, type Kysely } from 'kysely'

// The row triggers as they stood after 0013 (feed entities are named after their tables). Each
// combined trigger is split so its UPDATE half can have a WHEN comparing OLD and NEW, which an
// INSERT or DELETE trigger cannot mention.
const FEED = ['notice', 'task', 'assignment', 'progress_update', 'report', 'catalogue_technology', 'catalogue_product', 'catalogue_registration']
const AUDITED = [
  'notice', 'task', 'task_party', 'task_reference', 'assignment', 'progress_update', 'api_key', 'webhook_subscription',
  'catalogue_edition', 'catalogue_technology', 'catalogue_product', 'catalogue_registration', 'catalogue_registration_step',
  'working_group', 'working_group_member', 'indicator', 'reporting_obligation', 'report', 'report_revision', 'report_indicator_value'
]

const feedCall = (table: string): string => `record_change('${table}')`

async function splitTriggers (db: Kysely<any>, name: string, table: string, call: string): Promise<void> {
  await sql.raw(`drop trigger ${name} on ${table}`).execute(db)
  await sql.raw(`create trigger ${name} after insert or delete on ${table} for each row execute function ${call}`).execute(db)
  // A write that leaves the row as it was is no change: nothing for the feed, the audit log or webhooks.
  await sql.raw(`create trigger ${name}_update after update on ${table} for each row
    when (old.* is distinct from new.*) execute function ${call}`).execute(db)
}

async function joinTriggers (db: Kysely<any>, name: string, table: string, call: string): Promise<void> {
  await sql.raw(`drop trigger ${name}_update on ${table}`).execute(db)
  await sql.raw(`drop trigger ${name} on ${table}`).execute(db)
  await sql.raw(`create trigger ${name} after insert or update or delete on ${table} for each row execute function ${call}`).execute(db)
}

const refreshCounters = (onlyChanged: boolean): string => `
  create or replace function task_lead_counters_refresh(task_ids integer[]) returns void language sql as $$
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
    where t.id = c.id${onlyChanged ? '\n      and (t.lead_count, t.lead_open_count, t.lead_late_count) is distinct from (c.total, c.open, c.late)' : ''}
  $$`

const recordChange = (oncePerVersion: boolean): string => `
  create or replace function record_change() returns trigger language plpgsql as $$
  declare row_data jsonb := to_jsonb(case when tg_op = 'DELETE' then old else new end);
  begin${oncePerVersion
? `
    if tg_op = 'UPDATE' and exists (select 1 from change_log c
        where c.txid = pg_current_xact_id() and c.entity = tg_argv[0] and c.entity_id = row_data ->> 'id'
          and c.operation <> 'delete' and c.version is not distinct from (row_data ->> 'version')::integer) then
      return null;
    end if;`
: ''}
    insert into change_log (entity, entity_id, operation, version)
    values (tg_argv[0], row_data ->> 'id',
            case tg_op when 'INSERT' then 'create' when 'UPDATE' then 'update' else 'delete' end,
            (row_data ->> 'version')::integer);
    return null;
  end $$`

export async function up (db: Kysely<any>): Promise<void> {
  await sql.raw(refreshCounters(true)).execute(db)
  // The feed serves each entity's current representation, so a second change of the same entity
  // and version in one transaction (a task created, then its lead counters set) says nothing new;
  // the index keeps that check a lookup even in a bulk load.
  await sql`create index change_log_entity_in_transaction on change_log (txid, entity, entity_id)`.execute(db)
  await sql.raw(recordChange(true)).execute(db)
  for (const table of FEED) await splitTriggers(db, `${table}_change_feed`, table, feedCall(table))
  for (const table of AUDITED) await splitTriggers(db, `${table}_audit`, table, 'audit_row_change()')
}

export async function down (db: Kysely<any>): Promise<void> {
  for (const table of AUDITED) await joinTriggers(db, `${table}_audit`, table, 'audit_row_change()')
  for (const table of FEED) await joinTriggers(db, `${table}_change_feed`, table, feedCall(table))
  await sql.raw(recordChange(false)).execute(db)
  await sql`drop index change_log_entity_in_transaction`.execute(db)
  await sql.raw(refreshCounters(false)).execute(db)
}
