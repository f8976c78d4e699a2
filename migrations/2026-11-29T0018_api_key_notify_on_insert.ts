import { sql, type Kysely } from 'kysely'

// Instances also remember which hashes are no key; a key created afterwards must tell them to forget.
export async function up (db: Kysely<any>): Promise<void> {
  await sql`drop trigger api_key_notify on api_key`.execute(db)
  await sql`create trigger api_key_notify after insert or update or delete on api_key for each statement execute function api_key_changed()`.execute(db)
}

export async function down (db: Kysely<any>): Promise<void> {
  await sql`drop trigger api_key_notify on api_key`.execute(db)
  await sql`create trigger api_key_notify after update or delete on api_key for each statement execute function api_key_changed()`.execute(db)
}
