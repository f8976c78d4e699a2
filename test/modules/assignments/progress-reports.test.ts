import t from 'tap'
import { sql } from 'kysely'
import { buildTestApp, json as body } from '../../helper.js'

const TODAY = '2026-04-15'

// A report is read, checked, then written in one statement if the assignment is still the version
// read; one that finds it changed is made again under the assignment's lock. Either way nothing is
// lost and every write is attributed.
t.test('progress reports sent at once on one assignment', async (t) => {
  const { inject, db, reporterKey } = await buildTestApp(t, { today: TODAY })
  const notice = (await inject({ method: 'POST', url: '/v1/notices', ...body({ number: '44-TB/CQTTBCĐ', issuedOn: '2026-04-01', issuer: 'CQTTBCD', title: 'Thông báo thử' }) })).json()
  const task = (await inject({ method: 'POST', url: `/v1/notices/${notice.id as number}/tasks`, ...body({ ref: '1', label: '1.', content: 'Việc', leadAgencies: ['BKHCN'] }) })).json().task
  const assignment = (await inject({ method: 'GET', url: `/v1/tasks/${task.id as number}/assignments` })).json().items[0]
  const reporter = { authorization: `Bearer ${await reporterKey('BKHCN')}` }
  const before = (await inject({ method: 'GET', url: `/v1/assignments/${assignment.id as number}` })).json()

  const reports = 16
  const answers = await Promise.all(Array.from({ length: reports }, async (_, i) => await inject({
    method: 'POST', url: `/v1/assignments/${assignment.id as number}/updates`, ...body({ percent: i + 1, note: `Báo cáo ${i + 1}` }, { ...reporter, 'x-request-id': `report-${i + 1}` })
  })))
  t.same(answers.map((a) => a.statusCode), Array(reports).fill(201), 'every report is taken')

  const after = (await inject({ method: 'GET', url: `/v1/assignments/${assignment.id as number}` })).json()
  t.equal(after.version, before.version + reports, 'the assignment moved one version per report')
  const last = answers.map((a) => a.json()).sort((a, b) => b.id - a.id)[0]
  t.equal(after.progressPercent, last.percent, 'its percent is the last report written')

  const { rows: audited } = await sql<{ entity: string, requestId: string, actorName: string }>`
    select entity, request_id, actor_name from audit_log where request_id like 'report-%' order by id`.execute(db)
  t.equal(audited.filter((r) => r.entity === 'progress_update').length, reports, 'each update audited once')
  t.equal(audited.filter((r) => r.entity === 'assignment').length, reports, 'each assignment change audited once')
  t.ok(audited.every((r) => r.actorName === 'test reporter BKHCN'), 'by the reporter that sent it')
  const { rows: [history] } = await sql<{ n: number }>`select count(*)::int as n from task_history where assignment_id = ${assignment.id as number} and action = 'progress_reported'`.execute(db)
  t.equal(history?.n, reports, 'one history entry per report')
  const { rows: [feed] } = await sql<{ n: number }>`select count(*)::int as n from change_log where entity = 'progress_update'
    and entity_id in (${sql.join(answers.map((a) => String(a.json().id)))})`.execute(db)
  t.equal(feed?.n, reports, 'each update in the change feed')
})

t.test('a report the checks refuse writes nothing', async (t) => {
  const { inject, db, reporterKey } = await buildTestApp(t, { today: TODAY })
  const notice = (await inject({ method: 'POST', url: '/v1/notices', ...body({ number: '45-TB/CQTTBCĐ', issuedOn: '2026-04-01', issuer: 'CQTTBCD', title: 'Thông báo thử' }) })).json()
  const task = (await inject({ method: 'POST', url: `/v1/notices/${notice.id as number}/tasks`, ...body({ ref: '1', label: '1.', content: 'Việc', leadAgencies: ['BKHCN'] }) })).json().task
  const assignment = (await inject({ method: 'GET', url: `/v1/tasks/${task.id as number}/assignments` })).json().items[0]
  const count = async (): Promise<number> => (await sql<{ n: number }>`select count(*)::int as n from progress_update`.execute(db)).rows[0]?.n ?? -1
  const start = await count()
  const otherAgency = await inject({ method: 'POST', url: `/v1/assignments/${assignment.id as number}/updates`, ...body({ percent: 5, note: 'x' }, { authorization: `Bearer ${await reporterKey('BTC')}` }) })
  t.equal(otherAgency.statusCode, 403)
  const future = await inject({ method: 'POST', url: `/v1/assignments/${assignment.id as number}/updates`, ...body({ percent: 100, note: 'x', doneOn: '2026-05-01' }) })
  t.equal(future.statusCode, 400)
  const missing = await inject({ method: 'POST', url: '/v1/assignments/999999/updates', ...body({ percent: 5, note: 'x' }) })
  t.equal(missing.statusCode, 404)
  t.equal(await count(), start, 'no update was written')
})
