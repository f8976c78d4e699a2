import { sql, type Kysely } from 'kysely'

// A task list filtered by an agency's timeliness walks tasks in id order, checking each one's due
// date against the agency's assignments: with the due date in the index, the walk reads index
// entries only, never the task rows it skips.
export async function up (db: Kysely<any>): Promise<void> {
  await sql`create index task_id_due on task (id) include (due_on)`.execute(db)
}

export async function down (db: Kysely<any>): Promise<void> {
  await sql`drop index task_id_due`.execute(db)
}
