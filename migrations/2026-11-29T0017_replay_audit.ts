import { sql, type Kysely } from 'kysely'

// A delivery row changes on every attempt the dispatcher makes; only the changes an API caller asks
// for (a replay) are history worth keeping. Those run in writeTransaction, which sets the request
// id for the transaction; the dispatcher's own updates never set it.
export async function up (db: Kysely<any>): Promise<void> {
  await sql`create trigger webhook_delivery_audit after update on webhook_delivery for each row
    when (coalesce(current_setting('nq57.request_id', true), '') <> '')
    execute function audit_row_change()`.execute(db)
}

export async function down (db: Kysely<any>): Promise<void> {
  await sql`drop trigger webhook_delivery_audit on webhook_delivery`.execute(db)
}
