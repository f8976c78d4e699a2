import pg from 'pg'
import t from 'tap'
import { buildTestApp } from '../helper.js'

// DESIGN §8: the service's database role owns nothing and cannot rewrite history, whatever SQL it sends.
const ATTEMPTS = [
  "update audit_log set actor_name = 'x'",
  'delete from audit_log',
  'truncate audit_log',
  "insert into audit_log (actor_name, action, entity, entity_id) values ('x', 'insert', 'notice', '1')",
  'alter table audit_log disable trigger audit_log_no_change',
  'alter table audit_log disable trigger all',
  'drop trigger audit_log_no_change on audit_log',
  'drop trigger notice_audit on notice',
  'alter table notice disable trigger notice_audit',
  'set session_replication_role = replica',
  'drop table audit_log',
  'alter function audit_row_change() security invoker',
  'create or replace function audit_log_is_append_only() returns trigger language plpgsql as $$ begin return null; end $$',
  'create table public.shadow (id integer)',
  "insert into change_log (entity, entity_id, operation) values ('notice', '1', 'delete')",
  'delete from change_log',
  // Task documents are written by the owner's triggers only: a forged body would be served as the task.
  'update task_document set body = \'{"id":0\' where task_id = 1',
  'delete from task_document',
  "insert into task_document (task_id, body) values (0, '{')",
  'select refresh_task_documents(array[1])',
  // A funding figure's history is appended to, never rewritten; the over-allocation rule holds in the database.
  'update funding_figure set amount = 0',
  'delete from funding_figure',
  'truncate funding_figure',
  'alter table funding_figure disable trigger funding_figure_no_change',
  'alter table funding_line drop constraint funding_line_disbursed_within_allocated',
  // Calling the owner's history-writing trigger functions from a trigger of one's own (on a temporary table).
  'create trigger forged after insert on pg_temp.forged_notice for each row execute function public.audit_row_change()',
  "create trigger forged after insert on pg_temp.forged_notice for each row execute function public.record_change('notice')"
]

t.test('the service role', async (t) => {
  const ctx = await buildTestApp(t)
  const service = new pg.Client({ connectionString: ctx.connectionString })
  await service.connect()
  t.teardown(async () => { await service.end() })

  t.test('is neither superuser nor owner of anything', async (t) => {
    const { rows: [role] } = await service.query('select current_user as name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls from pg_roles where rolname = current_user')
    t.same(role, { name: 'nq57_app', rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false })
    const { rows: [owned] } = await service.query(`select
      (select count(*) from pg_class where relowner = 'nq57_app'::regrole)::int as relations,
      (select count(*) from pg_proc where proowner = 'nq57_app'::regrole)::int as functions,
      (select count(*) from pg_namespace where nspowner = 'nq57_app'::regrole)::int as schemas`)
    t.same(owned, { relations: 0, functions: 0, schemas: 0 })
  })

  t.test('cannot change the audit log or its triggers by any statement', async (t) => {
    const before = (await service.query('select count(*)::int as n, max(id) as last from audit_log')).rows[0]
    await service.query('create temp table forged_notice (id integer, version integer)')
    for (const statement of ATTEMPTS) {
      await t.rejects(service.query(statement), { code: /^(42501|42809)$/ }, statement)
    }
    t.same((await service.query('select count(*)::int as n, max(id) as last from audit_log')).rows[0], before, 'the audit log is as it was')
    // A grant by a non-owner is only a warning; it must leave the rights as they were.
    await service.query('grant all on audit_log to public')
    const { rows: [rights] } = await service.query(`select has_table_privilege('audit_log', 'update') as update, has_table_privilege('audit_log', 'delete') as delete,
      has_table_privilege('audit_log', 'insert') as insert, has_table_privilege('audit_log', 'select') as select`)
    t.same(rights, { update: false, delete: false, insert: false, select: true }, 'it may only read the audit log')
  })

  t.test('still writes data, and the write is audited through the owner\'s trigger', async (t) => {
    const res = await ctx.inject({ method: 'POST', url: '/v1/notices', payload: { number: '90-TB/CQTTBCĐ', issuedOn: '2026-04-02', issuer: 'CQTTBCD', title: 'Quyền tối thiểu' } })
    t.equal(res.statusCode, 201)
    const { rows } = await service.query("select actor_name from audit_log where entity = 'notice' and entity_id = $1", [String(res.json().id)])
    t.match(rows, [{ actor_name: /^test admin/ }])
  })

  t.test('the owner is held by the append-only trigger too', async (t) => {
    const owner = new pg.Client({ connectionString: ctx.ownerConnectionString })
    await owner.connect()
    t.teardown(async () => { await owner.end() })
    await t.rejects(owner.query("update audit_log set actor_name = 'x'"), /append-only/)
    await t.rejects(owner.query('delete from audit_log'), /append-only/)
  })
})
