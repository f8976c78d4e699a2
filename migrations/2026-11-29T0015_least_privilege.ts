import { sql, type Kysely } from 'kysely'

// The service's own role may not write the audit log or the change log: the triggers that do run
// with their owner's rights. A later migration that replaces one of these functions must say
// `security definer` again (create or replace resets it).
const HISTORY_WRITERS = ['record_change()', 'audit_row_change()']

export async function up (db: Kysely<any>): Promise<void> {
  for (const fn of HISTORY_WRITERS) {
    await sql.raw(`alter function ${fn} security definer set search_path = public, pg_temp`).execute(db)
  }
}

export async function down (db: Kysely<any>): Promise<void> {
  for (const fn of HISTORY_WRITERS) {
    await sql.raw(`alter function ${fn} security invoker reset search_path`).execute(db)
  }
}
