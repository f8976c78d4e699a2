import { sql, type Kysely } from 'kysely'

// A done date is a claim by the agency it ranks. The day the claim was made is kept beside it,
// so a date reported long after the fact can be held for the Standing Office's review and the
// public ranking can count the day of the report instead until then.
export async function up (db: Kysely<any>): Promise<void> {
  await sql`alter table assignment
    add column done_reported_on date,
    add column done_on_review text,
    add constraint assignment_done_on_review_known check (done_on_review in ('pending', 'confirmed', 'rejected')),
    add constraint assignment_review_needs_done check (done_on_review is null or state = 'done'),
    add constraint assignment_pending_has_report_day check (done_on_review is distinct from 'pending' or done_reported_on is not null)`.execute(db)
  await sql`create index assignment_done_on_pending on assignment (id) where done_on_review = 'pending'`.execute(db)
  // Dates recorded before the rules existed that no rule could now accept (done before the
  // notice was issued) wait for review like a new backdated claim; others are left as they are.
  await sql`update assignment a set done_on_review = 'pending',
      done_reported_on = (a.updated_at at time zone 'Asia/Ho_Chi_Minh')::date
    from task t join notice n on n.id = t.notice_id
    where t.id = a.task_id and a.state = 'done' and a.done_on < n.issued_on`.execute(db)
}

export async function down (db: Kysely<any>): Promise<void> {
  await sql`drop index assignment_done_on_pending`.execute(db)
  await sql`alter table assignment drop column done_on_review, drop column done_reported_on`.execute(db)
}
