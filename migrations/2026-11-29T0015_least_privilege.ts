import { sql, type Kysely } from 'kysely'

// The service's own role may not write the audit log or the change log: the triggers that do run
// with their owner's rights. Nobody may call them otherwise (a trigger of one's own on a temporary
// table would forge history through them); firing a trigger needs no EXECUTE right. A later
// migration that replaces one of these functions must say `security definer` again.
const HISTORY_WRITERS = ['record_change()', 'audit_row_change()']

export async function up (db: Kysely<any>): Promise<void> {
  for (const fn of HISTORY_WRITERS) {
    await sql.raw(`alter function ${fn} security definer set search_path = public, pg_temp`).execute(db)
    await sql.raw(`revoke execute on function ${fn} from public`).execute(db)
  }
}

export async function down (db: Kysely<any>): Promise<void> {
  for (const fn of HISTORY_WRITERS) {
    await sql.raw(`grant execute on function ${fn} to public`).execute(db)
    await sql.raw(`alter function ${fn} security invoker reset search_path`).execute(db)
  }
}
