import { sql, type Kysely } from 'kysely'

export async function up (db: Kysely<any>): Promise<void> {
  await db.schema.createTable('webhook_subscription')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull().check(sql`url ~ '^https?://'`))
    .addColumn('event_types', sql`text[]`, (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  // The outbox: a delivery row is written by the same transaction as the change it announces.
  await db.schema.createTable('webhook_delivery')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('subscription_id', 'integer', (c) => c.notNull().references('webhook_subscription.id').onDelete('cascade'))
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer')
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'delivered', 'failed')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', 'timestamptz')
    .execute()
  await sql`create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'pending'`.execute(db)
  await db.schema.createIndex('webhook_delivery_subscription').on('webhook_delivery').columns(['subscription_id', 'id']).execute()

  await sql`
    create function enqueue_webhooks() returns trigger language plpgsql as $$
    declare event text := new.entity || '.' || case new.operation when 'create' then 'created' when 'update' then 'updated' else 'deleted' end;
    begin
      insert into webhook_delivery (subscription_id, event_type, entity, entity_id, version, occurred_at)
      select s.id, event, new.entity, new.entity_id, new.version, new.occurred_at
      from webhook_subscription s
      where s.active and (event = any(s.event_types) or new.entity || '.*' = any(s.event_types) or '*' = any(s.event_types));
      return null;
    end $$`.execute(db)
  await sql`create trigger change_log_webhooks after insert on change_log for each row execute function enqueue_webhooks()`.execute(db)
  // Webhook secrets must not reach the audit log either.
  await sql`
    create or replace function audit_row_change() returns trigger language plpgsql as $$
    declare
      old_row jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) - 'secret_hash' - 'secret' - 'search_text' end;
      new_row jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) - 'secret_hash' - 'secret' - 'search_text' end;
      row_id text := coalesce(new_row ->> 'id', old_row ->> 'id', new_row ->> 'task_id', old_row ->> 'task_id');
    begin
      insert into audit_log (actor_key_id, actor_name, request_id, action, entity, entity_id, before, after)
      values (nullif(current_setting('nq57.actor_key_id', true), '')::integer,
              coalesce(nullif(current_setting('nq57.actor_name', true), ''), 'system'),
              nullif(current_setting('nq57.request_id', true), ''),
              lower(tg_op), tg_table_name, row_id, old_row, new_row);
      return null;
    end $$`.execute(db)
  for (const table of ['webhook_subscription']) {
    await sql.raw(`create trigger ${table}_audit after insert or update or delete on ${table} for each row execute function audit_row_change()`).execute(db)
  }
}

export async function down (db: Kysely<any>): Promise<void> {
  await sql`drop trigger change_log_webhooks on change_log`.execute(db)
  await sql`drop function enqueue_webhooks()`.execute(db)
  await db.schema.dropTable('webhook_delivery').execute()
  await db.schema.dropTable('webhook_subscription').execute()
}
