import { sql, type Kysely } from 'kysely'

// The entities the change feed carries, by table; later modules add their tables with the same trigger.
const FEED_TABLES: Record<string, string> = { notice: 'notice', task: 'task', assignment: 'assignment', progress_update: 'progress_update' }

export async function up (db: Kysely<any>): Promise<void> {
  // txid is the writing transaction's id: the feed serves only changes of transactions older
  // than every transaction still running, so one committing late can never be skipped.
  await db.schema.createTable('change_log')
    .addColumn('seq', 'bigserial', (c) => c.primaryKey())
    .addColumn('txid', sql`xid8`, (c) => c.notNull().defaultTo(sql`pg_current_xact_id()`))
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('operation', 'text', (c) => c.notNull().check(sql`operation in ('create', 'update', 'delete')`))
    .addColumn('version', 'integer')
    .execute()
  await sql`create index change_log_order on change_log (txid, seq)`.execute(db)

  await sql`
    create function record_change() returns trigger language plpgsql as $$
    declare row_data jsonb := to_jsonb(case when tg_op = 'DELETE' then old else new end);
    begin
      insert into change_log (entity, entity_id, operation, version)
      values (tg_argv[0], row_data ->> 'id',
              case tg_op when 'INSERT' then 'create' when 'UPDATE' then 'update' else 'delete' end,
              (row_data ->> 'version')::integer);
      return null;
    end $$`.execute(db)
  for (const [table, entity] of Object.entries(FEED_TABLES)) {
    await sql.raw(`create trigger ${table}_change_feed after insert or update or delete on ${table}
      for each row execute function record_change('${entity}')`).execute(db)
  }
}

export async function down (db: Kysely<any>): Promise<void> {
  for (const table of Object.keys(FEED_TABLES)) await sql.raw(`drop trigger if exists ${table}_change_feed on ${table}`).execute(db)
  await sql`drop function record_change()`.execute(db)
  await db.schema.dropTable('change_log').execute()
}
