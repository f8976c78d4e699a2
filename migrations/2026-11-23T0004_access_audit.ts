import { sql, type Kysely } from 'kysely'

// Tables whose every row change lands in the audit log, whoever writes them.
export const AUDITED_TABLES = ['notice', 'task', 'task_party', 'task_reference', 'assignment', 'progress_update', 'api_key']

export async function up (db: Kysely<any>): Promise<void> {
  await db.schema.createTable('api_key')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().check(sql`length(name) between 1 and 200`))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'secretariat', 'reporter', 'reader')`))
    .addColumn('agency_code', 'text', (c) => c.references('agency.code'))
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('secret_prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .addCheckConstraint('api_key_reporter_agency', sql`(role = 'reporter') = (agency_code is not null)`)
    .execute()

  await db.schema.createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor_key_id', 'integer')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .execute()
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id', 'id']).execute()
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_key_id', 'id']).execute()
  await db.schema.createIndex('audit_log_time').on('audit_log').columns(['occurred_at', 'id']).execute()

  // The log is append-only at the database level, not just in the API.
  await sql`
    create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin raise exception 'audit_log is append-only' using errcode = '42501'; end $$`.execute(db)
  await sql`
    create trigger audit_log_no_change before update or delete or truncate on audit_log
    for each statement execute function audit_log_is_append_only()`.execute(db)

  // The actor and request id come from transaction-local settings made by the API (nq57.*);
  // a write without them (seeds, maintenance) is attributed to "system".
  await sql`
    create function audit_row_change() returns trigger language plpgsql as $$
    declare
      old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) - 'secret_hash' - 'search_text' end;
      new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) - 'secret_hash' - 'search_text' end;
      row_id text := coalesce(new_row ->> 'id', old_row ->> 'id', new_row ->> 'task_id', old_row ->> 'task_id');
    begin
      insert into audit_log (actor_key_id, actor_name, request_id, action, entity, entity_id, before, after)
      values (nullif(current_setting('nq57.actor_key_id', true), '')::integer,
              coalesce(nullif(current_setting('nq57.actor_name', true), ''), 'system'),
              nullif(current_setting('nq57.request_id', true), ''),
              lower(tg_op), tg_table_name, row_id, old_row, new_row);
      return null;
    end $$`.execute(db)
  for (const table of AUDITED_TABLES) {
    await sql.raw(`create trigger ${table}_audit after insert or update or delete on ${table}
      for each row execute function audit_row_change()`).execute(db)
  }

  await db.schema.createTable('idempotency_request')
    .addColumn('api_key_id', 'integer', (c) => c.notNull().references('api_key.id').onDelete('cascade'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('response_body', 'text')
    .addColumn('response_headers', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('idempotency_request_pk', ['api_key_id', 'idempotency_key'])
    .execute()
}

export async function down (db: Kysely<any>): Promise<void> {
  for (const table of AUDITED_TABLES) await sql.raw(`drop trigger if exists ${table}_audit on ${table}`).execute(db)
  await db.schema.dropTable('idempotency_request').execute()
  await db.schema.dropTable('audit_log').execute()
  await db.schema.dropTable('api_key').execute()
  await sql`drop function audit_row_change()`.execute(db)
  await sql`drop function audit_log_is_append_only()`.execute(db)
}
