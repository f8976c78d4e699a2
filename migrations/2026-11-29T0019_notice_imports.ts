import { sql, type Kysely } from 'kysely'

// An import that writes is a resource of its own: its 201 names it (Location), and its answer (the
// task tree read, every warning) can be read again. The tasks it creates are audited themselves;
// this is the receipt, and goes with its notice. json, not jsonb: read back byte for byte as sent.
export async function up (db: Kysely<any>): Promise<void> {
  await sql`create table notice_import (
    id serial primary key,
    notice_id integer not null references notice (id) on delete cascade,
    imported_at timestamptz not null default now(),
    actor text not null,
    request_id text,
    result json not null
  )`.execute(db)
  await sql`create index notice_import_notice on notice_import (notice_id)`.execute(db)
}

export async function down (db: Kysely<any>): Promise<void> {
  await sql`drop table notice_import`.execute(db)
}
