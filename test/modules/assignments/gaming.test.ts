import t from 'tap'
import { sql } from 'kysely'
import { bearer, buildTestApp, type TestContext, json } from '../../helper.js'

// The seeded notices as of 30 November 2026, ranked over the year: the figures the findings quoted.
const TODAY = '2026-11-30'
const RANKING = '/v1/rankings/agencies?from=2026-01-01&to=2026-12-31'

interface Row { rank: number, agency: { code: string }, index: number, doneOnTime: number, overdueCount: number, overdueDays: number, doneOnUnderReview: number, reportsOnTime: number, reportsLate: number, reportsMissing: number }
interface Task { id: number, noticeNumber: string, ref: string }

function helpers ({ app, inject }: TestContext) {
  const standing = async (code: string): Promise<Row> => {
    const res = await app.inject({ method: 'GET', url: RANKING })
    const row = res.json().items.find((i: Row) => i.agency.code === code)
    if (row === undefined) throw new Error(`${code} is not ranked`)
    return row
  }
  /** The lead assignment of `agency` on the task with that notice and ref. */
  const leadOf = async (agency: string, noticeNumber: string, ref: string): Promise<{ id: number, etag: string }> => {
    const tasks: Task[] = (await inject({ method: 'GET', url: `/v1/tasks?agency=${agency}&role=lead&limit=500` })).json().items
    const task = tasks.find((x) => x.noticeNumber === noticeNumber && x.ref === ref)
    if (task === undefined) throw new Error(`no task ${noticeNumber} ${ref} led by ${agency}`)
    const assignments = (await inject({ method: 'GET', url: `/v1/tasks/${task.id}/assignments` })).json().items
    const id = assignments.find((a: { agency: { code: string }, role: string }) => a.agency.code === agency && a.role === 'lead').id as number
    return { id, etag: (await inject({ method: 'GET', url: `/v1/assignments/${id}` })).headers.etag as string }
  }
  const patch = async (assignment: { id: number, etag: string }, body: unknown, key: string) =>
    await app.inject({ method: 'PATCH', url: `/v1/assignments/${assignment.id}`, ...json(body, { ...bearer(key), 'if-match': assignment.etag }) })
  const review = async (id: number, body: unknown, key: string) => {
    const etag = (await inject({ method: 'GET', url: `/v1/assignments/${id}` })).headers.etag as string
    return await app.inject({ method: 'POST', url: `/v1/assignments/${id}/review`, ...json(body, { ...bearer(key), 'if-match': etag }) })
  }
  return { standing, leadOf, patch, review }
}

t.test('business flows a reporter could game to lift its agency in the public ranking', async (t) => {
  const ctx = await buildTestApp(t, { today: TODAY })
  const { app, inject, keys } = ctx
  const { standing, leadOf, patch, review } = helpers(ctx)
  const anGiang = await ctx.reporterKey('AN-GIANG')
  const btc = await ctx.reporterKey('BTC')

  t.test('API6:2023 Unrestricted access to sensitive business flows — a done date before the notice was issued, in 1900 or tomorrow is refused and the ranking does not move', async (t) => {
    t.match(await standing('AN-GIANG'), { rank: 2, index: -203.36, overdueCount: 11, overdueDays: 2127 })
    t.match(await standing('BTC'), { rank: 49, index: -241.37 })
    const oldest = await leadOf('AN-GIANG', '17-TB/CQTTBCĐ', '1.c.(1)')
    const in1900 = await patch(oldest, { state: 'done', doneOn: '1900-01-01' }, anGiang)
    t.equal(in1900.statusCode, 400)
    t.match(in1900.json(), { code: 'NQ57_DONE_ON_OUT_OF_RANGE', detail: 'doneOn 1900-01-01 is before notice 17-TB/CQTTBCĐ was issued (2025-12-29): a task cannot be done before it was given' })
    t.match(in1900.headers['content-type'], /^application\/problem\+json/)
    const viaUpdate = await app.inject({ method: 'POST', url: `/v1/assignments/${oldest.id}/updates`, ...json({ percent: 100, note: 'Xong', doneOn: '2025-12-28' }, bearer(anGiang)) })
    t.equal(viaUpdate.statusCode, 400, 'the progress-update path keeps the same rule')
    t.match(viaUpdate.json(), { code: 'NQ57_DONE_ON_OUT_OF_RANGE', detail: /before notice 17-TB\/CQTTBCĐ was issued/ })
    t.equal((await patch(oldest, { state: 'done', doneOn: '2026-12-01' }, anGiang)).statusCode, 400, 'nor in the future')
    // Notice 20-TB came out on 16 March 2026: an earlier day is refused even though 17-TB's tasks could be done then.
    const btcTask = await leadOf('BTC', '20-TB/CQTTBCĐ', '2.d.-2')
    const beforeNotice = await patch(btcTask, { state: 'done', doneOn: '2026-03-10' }, btc)
    t.match(beforeNotice.json(), { status: 400, detail: /before notice 20-TB\/CQTTBCĐ was issued \(2026-03-16\)/ })
    t.same((await app.inject({ method: 'GET', url: `/v1/assignments/${oldest.id}/updates`, headers: bearer(anGiang) })).json().items, [], 'nothing was recorded')
    t.match(await standing('AN-GIANG'), { rank: 2, index: -203.36, doneOnTime: 0 })
    t.match(await standing('BTC'), { rank: 49, index: -241.37, doneOnTime: 0 })
  })

  t.test('API5:2023/API6:2023 Broken function level authorization — a reporter cannot cancel its overdue assignment (−203.36 would become −190.30) nor bring back a cancelled one', async (t) => {
    const oldest = await leadOf('AN-GIANG', '17-TB/CQTTBCĐ', '1.c.(1)')
    const cancel = await patch(oldest, { state: 'cancelled' }, anGiang)
    t.equal(cancel.statusCode, 403)
    t.match(cancel.json(), { code: 'NQ57_FORBIDDEN', detail: /only the Standing Office \(secretariat\) or an admin may cancel/ })
    t.match((await inject({ method: 'GET', url: `/v1/assignments/${oldest.id}` })).json(), { state: 'open', version: 1 })
    t.match(await standing('AN-GIANG'), { rank: 2, index: -203.36 })

    const bySecretariat = await patch(oldest, { state: 'cancelled' }, keys.secretariat)
    t.equal(bySecretariat.statusCode, 200, 'the Standing Office decides what is dropped')
    t.match(await standing('AN-GIANG'), { index: -190.3, overdueCount: 10, overdueDays: 1803 })
    const back = await patch({ id: oldest.id, etag: bySecretariat.headers.etag as string }, { state: 'open' }, anGiang)
    t.equal(back.statusCode, 403, 'putting a cancelled assignment back in the ranking is the Standing Office\'s call too')
    t.match(back.json(), { detail: /bring back a cancelled assignment/ })
    const reopened = await patch({ id: oldest.id, etag: bySecretariat.headers.etag as string }, { state: 'open' }, keys.secretariat)
    t.equal(reopened.statusCode, 200)
    t.match(await standing('AN-GIANG'), { index: -203.36 })
  })

  t.test('API6:2023 Unrestricted access to sensitive business flows — a done date backdated beyond the window waits for review and the ranking counts the day it was reported', async (t) => {
    // BTC: 19 lead assignments due in 2026, 18 overdue by 4406 days in all: (0 − 10·18 − 4406) / 19 = −241.37.
    t.match(await standing('BTC'), { index: -241.37, doneOnTime: 0, overdueCount: 18, overdueDays: 4406, doneOnUnderReview: 0 })
    const claimed = await leadOf('BTC', '20-TB/CQTTBCĐ', '2.d.-2')
    const claim = await patch(claimed, { state: 'done', doneOn: '2026-03-25' }, btc)
    t.equal(claim.statusCode, 200, 'accepted: it may be true')
    t.match(claim.json(), { state: 'done', doneOn: '2026-03-25', doneReportedOn: TODAY, doneOnReview: 'pending', assignedOn: '2026-03-16', timeliness: 'done_on_time' })
    // Trusted as given it would be on time: (100 − 170 − 4162) / 19 = −222.74. Counted on the day it was reported, it is 244 days late, as it was open.
    t.match(await standing('BTC'), { index: -241.37, doneOnTime: 0, overdueCount: 18, overdueDays: 4406, doneOnUnderReview: 1 })

    const queue = await app.inject({ method: 'GET', url: '/v1/assignments?doneOnReview=pending', headers: bearer(keys.secretariat) })
    t.same(queue.json().items.map((a: { id: number }) => a.id), [claimed.id], 'the Standing Office sees it in its queue')
    t.equal((await review(claimed.id, { decision: 'confirm' }, btc)).statusCode, 403, 'the agency cannot review its own claim')
    const confirmed = await review(claimed.id, { decision: 'confirm', reason: 'Quyết định ký ngày 25/3/2026' }, keys.secretariat)
    t.equal(confirmed.statusCode, 200)
    t.match(confirmed.json(), { doneOn: '2026-03-25', doneOnReview: 'confirmed' })
    t.match(await standing('BTC'), { index: -222.74, doneOnTime: 1, overdueCount: 17, overdueDays: 4162, doneOnUnderReview: 0 })
    t.equal((await review(claimed.id, { decision: 'confirm' }, keys.secretariat)).statusCode, 409, 'nothing left to review')

    const doubtful = await leadOf('BTC', '20-TB/CQTTBCĐ', '3.a.(1)')
    t.match((await patch(doubtful, { state: 'done', doneOn: '2026-03-30' }, btc)).json(), { doneOnReview: 'pending' })
    t.equal((await review(doubtful.id, { decision: 'reject' }, keys.secretariat)).statusCode, 422, 'a rejection needs a reason')
    const rejected = await review(doubtful.id, { decision: 'reject', reason: 'Không có văn bản chứng minh' }, keys.secretariat)
    t.match(rejected.json(), { state: 'done', doneOn: TODAY, doneOnReview: 'rejected', timeliness: 'done_late' })
    t.match(await standing('BTC'), { index: -222.74, overdueDays: 4162 }, 'trusted as given it would have been −204.11')
    const history = (await inject({ method: 'GET', url: `/v1/tasks/${rejected.json().taskId as number}/history` })).json().items
    t.match(history.at(-1), { action: 'done_on_rejected', changes: { claimedDoneOn: '2026-03-30', reportedOn: TODAY, reason: 'Không có văn bản chứng minh' } }, 'the claim stays on record')

    // 30 days back is within the window and counts as given; 31 is not.
    const recent = await leadOf('BTC', '20-TB/CQTTBCĐ', '3.b.(1)')
    t.match((await patch(recent, { state: 'done', doneOn: '2026-10-31' }, btc)).json(), { doneOnReview: null })
    const justOutside = await leadOf('BTC', '20-TB/CQTTBCĐ', '3.d')
    const late = await app.inject({ method: 'POST', url: `/v1/assignments/${justOutside.id}/updates`, ...json({ percent: 100, note: 'Xong', doneOn: '2026-10-30' }, bearer(btc)) })
    t.equal(late.statusCode, 201)
    t.match((await inject({ method: 'GET', url: `/v1/assignments/${justOutside.id}` })).json(), { doneOnReview: 'pending', doneReportedOn: TODAY })
    // 3.b.(1) is 214 days late instead of 244 open: (100 − 170 − 4132) / 19.
    t.match(await standing('BTC'), { index: -221.16, overdueDays: 4132, doneOnUnderReview: 1 })
  })

  t.test('API6:2023 Unrestricted access to sensitive business flows — a done date before the agency was added to the task is refused', async (t) => {
    const notice = (await inject({ method: 'POST', url: '/v1/notices', ...json({ number: '90-TB/CQTTBCĐ', issuedOn: '2026-05-04', issuer: 'CQTTBCD', title: 'Bổ sung' }) })).json()
    // Due after the ranked year, so the other cases' figures stay as they are.
    const created = (await inject({ method: 'POST', url: `/v1/notices/${notice.id as number}/tasks`, ...json({ ref: '1', label: '1.', content: 'Việc', leadAgencies: ['BKHCN'], deadline: { kind: 'date', dueOn: '2027-06-30' } }) })).json()
    const taskId = created.task.id as number
    const etag = (await inject({ method: 'GET', url: `/v1/tasks/${taskId}` })).headers.etag as string
    t.equal((await inject({ method: 'PATCH', url: `/v1/tasks/${taskId}`, ...json({ leadAgencies: ['BKHCN', 'BYT'] }, { 'if-match': etag }) })).statusCode, 200)
    const assignments = (await inject({ method: 'GET', url: `/v1/tasks/${taskId}/assignments` })).json().items
    const original = assignments.find((a: { agency: { code: string } }) => a.agency.code === 'BKHCN')
    const added = assignments.find((a: { agency: { code: string } }) => a.agency.code === 'BYT')
    t.equal(original.assignedOn, '2026-05-04', 'made with its task: it began when the notice was issued, however late it was entered')
    // Creation is dated by the database clock: pin the task to 5 May and the amendment to 1 July (Hanoi time) so the test does not depend on the day it runs.
    await sql`update task set created_at = '2026-05-05T02:00:00Z' where id = ${taskId}`.execute(ctx.db)
    await sql`update assignment set created_at = '2026-05-05T02:00:00Z' where id = ${original.id as number}`.execute(ctx.db)
    await sql`update assignment set created_at = '2026-07-01T02:00:00Z' where id = ${added.id as number}`.execute(ctx.db)
    const early = await patch({ id: added.id, etag: `"${added.version as number}"` }, { state: 'done', doneOn: '2026-06-30' }, keys.admin)
    t.equal(early.statusCode, 400)
    t.match(early.json(), { code: 'NQ57_DONE_ON_OUT_OF_RANGE', detail: 'doneOn 2026-06-30 is before the assignment existed (the agency was added to the task on 2026-07-01)' })
    const onTheDay = await patch({ id: added.id, etag: `"${added.version as number}"` }, { state: 'done', doneOn: '2026-07-01' }, keys.admin)
    t.match(onTheDay.json(), { assignedOn: '2026-07-01', doneOn: '2026-07-01', doneOnReview: null }, 'a date the Standing Office or an admin records needs no review')
  })

  t.test('API6:2023 Unrestricted access to sensitive business flows — a report never submitted counts against its agency, more than a late one', async (t) => {
    // BKHCN owes a monthly report from March 2026; eight were due before 30 November and none came: −10 × 2 × 8 / 8 = −20.
    t.match(await standing('BKHCN'), { index: -255.42, reportsOnTime: 0, reportsLate: 0, reportsMissing: 8 })
    const reporter = await ctx.reporterKey('BKHCN')
    const [obligation] = (await app.inject({ method: 'GET', url: '/v1/reporting-obligations?reporter=BKHCN', headers: bearer(reporter) })).json().items
    const draft = await app.inject({ method: 'POST', url: `/v1/reporting-obligations/${obligation.id as number}/reports`, ...json({ period: '2026-03', summary: 'Báo cáo tháng 3' }, bearer(reporter)) })
    t.equal(draft.statusCode, 201)
    t.match(await standing('BKHCN'), { index: -255.42, reportsMissing: 8 }, 'a draft is not a report')
    const submitted = await app.inject({ method: 'POST', url: `/v1/reports/${draft.json().id as number}/submit`, headers: { ...bearer(reporter), 'if-match': draft.headers.etag as string } })
    t.equal(submitted.statusCode, 200)
    // One late and seven missing: −10 × (1 + 14) / 8 = −18.75.
    t.match(await standing('BKHCN'), { index: -254.17, reportsLate: 1, reportsMissing: 7 })
    const past = (await app.inject({ method: 'GET', url: '/v1/rankings/agencies?from=2026-01-01&to=2026-12-31&asOf=2026-04-15' })).json().items
    t.match(past.find((i: Row) => i.agency.code === 'BKHCN'), { reportsLate: 0, reportsMissing: 1 }, 'as of 15 April only March was due, and its report was not in yet')
    t.equal((await app.inject({ method: 'GET', url: '/v1/rankings/agencies?from=2026-01-01&to=2026-12-31&asOf=2026-12-01' })).statusCode, 400, 'no ranking of days to come')
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json()
    t.match(doc.paths['/v1/rankings/agencies'].get.description, /doneReportedOn[\s\S]*reportsMissing/, 'the contract says which dates it trusts and how missing reports count')
  })
})

t.test('API6:2023 Unrestricted access to sensitive business flows — the backdating window is a setting', async (t) => {
  const ctx = await buildTestApp(t, { today: TODAY, doneOnBackdateDays: 0 })
  const { leadOf, patch } = helpers(ctx)
  const btc = await ctx.reporterKey('BTC')
  const sameDay = await leadOf('BTC', '20-TB/CQTTBCĐ', '3.d')
  t.match((await patch(sameDay, { state: 'done', doneOn: TODAY }, btc)).json(), { doneOnReview: null })
  const dayBefore = await leadOf('BTC', '20-TB/CQTTBCĐ', '3.b.(1)')
  t.match((await patch(dayBefore, { state: 'done', doneOn: '2026-11-29' }, btc)).json(), { doneOnReview: 'pending' })
})
