import t from 'tap'
import { sql, type RawBuilder } from 'kysely'
import { buildTestApp, type TestContext, json } from '../../helper.js'

/** What a write left in the change feed, the audit log and the webhook outbox, as `entity:id op` lines. */
async function traces (ctx: TestContext, write: () => Promise<void>): Promise<{ changes: string[], audit: string[], outbox: string[] }> {
  const marks = await sql<{ seq: string, audit: string, outbox: string }>`select
    (select coalesce(max(seq), 0) from change_log) as seq, (select coalesce(max(id), 0) from audit_log) as audit,
    (select coalesce(max(id), 0) from webhook_delivery) as outbox`.execute(ctx.db)
  const mark = marks.rows[0] ?? { seq: '0', audit: '0', outbox: '0' }
  await write()
  const lines = async (query: RawBuilder<{ line: string }>): Promise<string[]> => (await query.execute(ctx.db)).rows.map((r) => r.line).sort()
  return {
    changes: await lines(sql`select entity || ':' || entity_id || ' ' || operation || ' v' || coalesce(version::text, '-') as line from change_log where seq > ${mark.seq}`),
    audit: await lines(sql`select entity || ':' || entity_id || ' ' || action as line from audit_log where id > ${mark.audit}`),
    outbox: await lines(sql`select entity || ':' || entity_id || ' ' || event_type as line from webhook_delivery where id > ${mark.outbox}`)
  }
}

t.test('a write that leaves a row as it was emits no change, audit entry or webhook for it', async (t) => {
  const ctx = await buildTestApp(t, { today: '2026-04-15', webhookAllowedHosts: '127.0.0.1' })
  const { inject } = ctx
  t.equal((await inject({ method: 'POST', url: '/v1/webhooks', ...json({ url: 'http://127.0.0.1:9/hook', eventTypes: ['*'] }) })).statusCode, 201)
  // A seeded task with exactly one lead, still open.
  const { rows: [picked] } = await sql<{ taskId: number, assignmentId: number }>`
    select a.task_id as "taskId", a.id as "assignmentId" from assignment a join task t on t.id = a.task_id
    where a.role = 'lead' and a.state = 'open' and t.lead_count = 1 order by a.id limit 1`.execute(ctx.db)
  if (picked === undefined) throw new Error('the seed has no task with a single open lead')
  const { taskId, assignmentId } = picked

  t.test('the seeds show each entity once, as its creation', async (t) => {
    const { rows } = await sql<{ entity: string, operations: string }>`
      select entity, string_agg(distinct operation, ',') as operations from change_log group by entity order by entity`.execute(ctx.db)
    t.ok(rows.length > 0)
    t.same(rows.filter((r) => r.operations !== 'create'), [], 'no task shows create v1 then update v1')
    const { rows: repeated } = await sql`select entity, entity_id from change_log group by 1, 2 having count(*) > 1`.execute(ctx.db)
    t.same(repeated, [])
  })

  t.test('progress that leaves the lead counters as they were: no task change', async (t) => {
    const traced = await traces(ctx, async () => {
      t.equal((await inject({ method: 'POST', url: `/v1/assignments/${assignmentId}/updates`, ...json({ percent: 40, note: 'Đang làm' }) })).statusCode, 201)
    })
    const updateId = traced.changes.find((line) => line.startsWith('progress_update:'))?.split(' ')[0] ?? 'progress_update:?'
    t.same(traced.changes, [`assignment:${assignmentId} update v2`, `${updateId} create v-`])
    t.same(traced.audit, [`assignment:${assignmentId} update`, `${updateId} insert`])
    t.same(traced.outbox, [`assignment:${assignmentId} assignment.updated`, `${updateId} progress_update.created`], 'the outbox is live: it took the real changes')
  })

  t.test('re-sending the parties a task already has: only the task changes (its version)', async (t) => {
    const task = await inject({ method: 'GET', url: `/v1/tasks/${taskId}` })
    const { leadAgencies, coordinatingAgencies, leadGroups, coordinatingGroups, directingAgencies, references } = task.json()
    const codes = (refs: Array<{ code: string }>): string[] => refs.map((r) => r.code)
    const traced = await traces(ctx, async () => {
      const patched = await inject({
        method: 'PATCH',
        url: `/v1/tasks/${taskId}`,
        ...json({
          leadAgencies: codes(leadAgencies), coordinatingAgencies: codes(coordinatingAgencies), leadGroups: codes(leadGroups),
          coordinatingGroups: codes(coordinatingGroups), directingAgencies: codes(directingAgencies),
          references: references.map(({ documentNumber, taskRef }: { documentNumber: string, taskRef: string | null }) => ({ documentNumber, taskRef }))
        }, { 'if-match': task.headers.etag as string })
      })
      t.equal(patched.statusCode, 200)
    })
    const version = Number(JSON.parse(task.headers.etag as string)) + 1
    t.same(traced.changes, [`task:${taskId} update v${version}`])
    t.same(traced.audit, [`task:${taskId} update`], 'no assignment, party or reference rewritten')
    t.same(traced.outbox, [`task:${taskId} task.updated`])
  })

  t.test('a lead finishing changes the task (its timeliness), at the same version', async (t) => {
    const { headers } = await inject({ method: 'GET', url: `/v1/assignments/${assignmentId}` })
    const traced = await traces(ctx, async () => {
      t.equal((await inject({ method: 'PATCH', url: `/v1/assignments/${assignmentId}`, ...json({ state: 'done', doneOn: '2026-04-10' }, { 'if-match': headers.etag as string }) })).statusCode, 200)
    })
    t.same(traced.changes, [`assignment:${assignmentId} update v3`, `task:${taskId} update v2`])
  })

  t.test('at the database: an UPDATE that sets nothing new fires no feed or audit trigger, on every table that has one', async (t) => {
    const { rows: triggers } = await sql<{ table: string, column: string, when: boolean }>`
      select c.relname as table, (select a.attname from pg_attribute a where a.attrelid = c.oid and a.attnum = 1) as column,
        pg_get_triggerdef(tg.oid) ~ ' WHEN ' as when
      from pg_trigger tg join pg_class c on c.oid = tg.tgrelid join pg_proc p on p.oid = tg.tgfoid
      where p.proname in ('record_change', 'audit_row_change') and tg.tgtype & 16 <> 0 order by 1`.execute(ctx.db)
    t.ok(triggers.length >= 28, `${triggers.length} update triggers`)
    t.same(triggers.filter((tg) => !tg.when).map((tg) => tg.table), [], 'every one has a WHEN')
    const tables = [...new Set(triggers.map((tg) => `${tg.table}.${tg.column}`))]
    const traced = await traces(ctx, async () => {
      for (const target of tables) {
        const [table = '', column = ''] = target.split('.')
        await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${sql.ref(column)}`.execute(ctx.db)
      }
    })
    t.same(traced, { changes: [], audit: [], outbox: [] }, `${tables.length} tables rewritten unchanged`)
  })
})
