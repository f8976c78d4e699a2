import { sql, type Kysely } from 'kysely'

// Instances cache key lookups; any change to a key tells them all, at commit, to forget.
export async function up (db: Kysely<any>): Promise<void> {
  await sql`
    create function api_key_changed() returns trigger language plpgsql as $$
    begin perform pg_notify('api_key_changed', ''); return null; end $$`.execute(db)
  await sql`create trigger api_key_notify after update or delete on api_key for each statement execute function api_key_changed()`.execute(db)
}

export async function down (db: Kysely<any>): Promise<void> {
  await sql`drop trigger api_key_notify on api_key`.execute(db)
  await sql`drop function api_key_changed()`.execute(db)
}
