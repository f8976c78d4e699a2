import { sql, type Kysely } from 'kysely'

// GET /v1/tasks?agency=X[&timeliness=…] keeps tasks (in id order) for which agency X has a
// non-cancelled assignment in the wanted state. With (agency_code, state, task_id) that
// semi-join reads only X's rows in that state, already in task order and index-only, instead
// of probing assignment_task_agency_role once per task (checked on the 1 M-assignment bench
// dataset, bench/results/*-explain.txt).
export async function up (db: Kysely<any>): Promise<void> {
  await sql`create index assignment_agency_state_task on assignment (agency_code, state, task_id)`.execute(db)
}

export async function down (db: Kysely<any>): Promise<void> {
  await sql`drop index assignment_agency_state_task`.execute(db)
}
