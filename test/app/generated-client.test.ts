import t from 'tap'
import { buildTestApp } from '../helper.js'
import { tasksOf, portalClient, reportProgress, taskById } from '../consumer/portal-client.js'
import { financeClient, sendBatch, totalsBy, type BatchLine } from '../consumer/finance-client.js'

// The consumer an integrator would write from the generated types, run against a listening service.
t.test('a client generated from the contract lists, reads and reports progress', async (t) => {
  const { app, keys, reporterKey } = await buildTestApp(t, { today: '2026-06-30' })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const client = portalClient(base, keys.reader)

  const first = await tasksOf(client, 'BKHCN')
  t.equal(first.tasks.length, 50, 'the default page size applies when the client sends only a filter')
  t.type(first.next, 'string', 'BKHCN has more than one page of tasks')
  t.match(first.link, /^<\/v1\/tasks\?.*cursor=[^&>]+.*>; rel="next"$/, 'Link names the next page')

  const task = first.tasks[0]
  if (task === undefined) return
  const read = await taskById(client, task.id)
  t.ok('task' in read && read.task.id === task.id && read.etag === `"${task.version}"`, 'get by id with its ETag')
  const missing = await taskById(client, 2147483647)
  t.ok('code' in missing && missing.code === 'NQ57_NOT_FOUND' && missing.status === 404, 'a 404 is a typed problem')

  const assignment = await app.db.selectFrom('assignment').select(['id', 'agencyCode']).where('taskId', '=', task.id).where('state', '=', 'open').executeTakeFirstOrThrow()
  const reporter = portalClient(base, await reporterKey(assignment.agencyCode))
  const created = await reportProgress(reporter, assignment.id, 40, 'Đã hoàn thành dự thảo', 'portal-retry-1')
  t.ok('location' in created && created.percent === 40, 'the update is created')
  if (!('location' in created) || created.location === null) return t.fail('201 without Location')
  const again = await reportProgress(reporter, assignment.id, 40, 'Đã hoàn thành dự thảo', 'portal-retry-1')
  t.same(again, created, 'a retry with the same Idempotency-Key gets the first answer')
  const followed = await fetch(new URL(created.location, base), { headers: { authorization: `Bearer ${keys.reader}` } })
  t.equal(followed.status, 200, 'Location resolves')

  const other = await app.db.selectFrom('agency').select('code').where('code', '!=', assignment.agencyCode).where('code', '=', 'BTC').executeTakeFirstOrThrow()
  const refused = await reportProgress(portalClient(base, await reporterKey(other.code)), assignment.id, 50, 'không phải việc của tôi', 'x-1')
  t.ok('code' in refused && refused.status === 403, 'another agency\'s reporter gets a typed 403')
})

t.test('a finance system\'s client sends a dry run, then the same lines, then reads the totals', async (t) => {
  const { app, integrationKey } = await buildTestApp(t, { today: '2026-06-30' })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  const client = financeClient(base, await integrationKey('BTC'))
  const lines: BatchLine[] = [
    { externalId: 'KB-2026-01', fiscalYear: 2026, agencyCode: 'BYT', source: 'central', field: 'digital_transformation', title: 'Chuyển đổi số y tế', estimate: '8000000000', allocated: '6000000000', disbursed: '1500000000', asOf: '2026-06-30' },
    { externalId: 'KB-2026-02', fiscalYear: 2026, agencyCode: 'BYT', source: 'central', field: 'innovation', title: 'Đổi mới sáng tạo', estimate: '2000000000', allocated: '2000000000', asOf: '2026-06-30' }
  ]
  const dry = await sendBatch(client, lines, true)
  t.ok('dryRun' in dry && dry.dryRun && dry.created === 2, 'the dry run says two lines would be created')
  const written = await sendBatch(client, lines, false)
  t.ok('dryRun' in written && !written.dryRun && written.created === 2 && written.lines.every((l) => l.lineId !== null), 'the write creates them')
  const again = await sendBatch(client, lines, false)
  t.ok('unchanged' in again && again.unchanged === 2 && again.created + again.updated === 0, 'sent again: nothing changes')
  const totals = await totalsBy(client, 'agency')
  if (!('groups' in totals)) return t.fail(`totals: ${totals.code}`)
  t.same(totals.groups.map((g) => [g.key, g.estimate, g.allocated, g.disbursed, g.allocationRate, g.disbursementRate]), [['BYT', '10000000000', '8000000000', '1500000000', 0.8, 0.1875]])
  const refused = await sendBatch(client, [{ externalId: 'KB-2026-01', registered: '1' }], true)
  t.ok('code' in refused && refused.status === 403 && refused.errors?.[0]?.field === '/lines/0/registered', 'a figure it may not write is a typed 403 naming it')
})
