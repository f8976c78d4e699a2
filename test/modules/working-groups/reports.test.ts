import t from 'tap'
import { bearer, buildTestApp, json as body } from '../../helper.js'

const TODAY = '2026-07-20'

t.test('reports: lifecycle, revisions, lateness and errors', async (t) => {
  const { app, inject, keys, reporterKey } = await buildTestApp(t, { today: TODAY })
  const wg = await reporterKey('TCT-CNCL')
  const obligation = (await inject({ method: 'GET', url: '/v1/reporting-obligations?reporter=TCT-CNCL' })).json().items[0]
  const reportsUrl = `/v1/reporting-obligations/${obligation.id as number}/reports`
  const asGroup = (payload: unknown, headers: Record<string, string> = {}) => body(payload, { ...bearer(wg), ...headers })
  const missing = async (): Promise<string[]> => (await inject({ method: 'GET', url: '/v1/reports/missing?reporter=TCT-CNCL' })).json().items
    .map((m: { period: string, dueOn: string, daysLate: number }) => `${m.period} due ${m.dueOn} late ${m.daysLate}`)

  t.test('with TODAY fixed, the missing list shows exactly the periods due and not reported', async (t) => {
    t.same(await missing(), ['2026-04 due 2026-05-05 late 76', '2026-05 due 2026-06-05 late 45', '2026-06 due 2026-07-05 late 15'])
    const all = (await inject({ method: 'GET', url: '/v1/reports/missing?limit=500' })).json()
    t.equal(all.asOf, TODAY)
    t.same(all.items.filter((m: { reporter: { code: string } }) => m.reporter.code === 'CQTTBCD').map((m: { period: string }) => m.period), ['2026-Q1', '2026-Q2'])
    const page = (await inject({ method: 'GET', url: '/v1/reports/missing?reporter=TCT-CNCL&limit=2' })).json()
    t.equal(page.items.length, 2)
    const rest = (await inject({ method: 'GET', url: `/v1/reports/missing?reporter=TCT-CNCL&limit=2&cursor=${page.nextCursor as string}` })).json()
    t.same(rest.items.map((m: { period: string }) => m.period), ['2026-06'])
    t.equal(rest.nextCursor, null)
    const asOf = (await inject({ method: 'GET', url: '/v1/reports/missing?reporter=TCT-CNCL&asOf=2026-06-05' })).json().items
    t.same(asOf.map((m: { period: string }) => m.period), ['2026-04'], 'asOf another date')
  })

  t.test('a report is drafted, submitted, returned, corrected and accepted, with every revision kept', async (t) => {
    const taskId = obligation.task.taskId as number
    const draft = await app.inject({ method: 'POST', url: reportsUrl, ...asGroup({ period: '2026-04', summary: '', taskResults: [{ taskId, status: 'in_progress', note: 'Dự thảo quyết định thành lập' }] }) })
    t.equal(draft.statusCode, 201)
    t.match(draft.json(), { period: '2026-04', status: 'draft', revision: 1, dueOn: '2026-05-05', firstSubmittedOn: null, timeliness: null, reporter: { code: 'TCT-CNCL' } })
    const url = `/v1/reports/${draft.json().id as number}`
    t.same((await missing())[0], '2026-04 due 2026-05-05 late 76', 'a draft is still missing')

    const empty = await app.inject({ method: 'POST', url: `${url}/submit`, headers: { ...bearer(wg), 'if-match': draft.headers.etag as string } })
    t.equal(empty.statusCode, 400)
    t.match(empty.json(), { code: 'NQ57_VALIDATION_FAILED', errors: [{ field: '/summary' }] })

    const edited = await app.inject({ method: 'PATCH', url, ...asGroup({
      summary: 'Tổ Công tác đã được thành lập.',
      productProgress: [{ code: 'LLM-VI', kind: 'product', percent: 20, note: 'Đặt hàng' }],
      indicators: [{ code: 'CNCL-PATENT-APPLICATIONS', value: 12 }],
      difficulties: ['Thiếu dữ liệu'], proposals: ['Bổ sung kinh phí']
    }, { 'if-match': draft.headers.etag as string }) })
    t.equal(edited.statusCode, 200)
    t.match(edited.json(), { revision: 1, version: 2, content: { summary: 'Tổ Công tác đã được thành lập.', indicators: [{ code: 'CNCL-PATENT-APPLICATIONS', value: 12, unit: 'đơn' }], taskResults: [{ taskId }] } })

    const submitted = await app.inject({ method: 'POST', url: `${url}/submit`, headers: { ...bearer(wg), 'if-match': edited.headers.etag as string } })
    t.equal(submitted.statusCode, 200)
    t.match(submitted.json(), { status: 'submitted', firstSubmittedOn: TODAY, timeliness: 'late' })
    t.equal((await app.inject({ method: 'PATCH', url, ...asGroup({ summary: 'sửa' }, { 'if-match': submitted.headers.etag as string }) })).statusCode, 409, 'never edited in place')
    t.equal((await app.inject({ method: 'POST', url: `${url}/accept`, headers: { ...bearer(wg), 'if-match': submitted.headers.etag as string } })).statusCode, 403, 'a reporter does not review')

    const returned = await app.inject({ method: 'POST', url: `${url}/return`, ...body({ reason: 'Thiếu số liệu chỉ tiêu' }, { ...bearer(keys.secretariat), 'if-match': submitted.headers.etag as string }) })
    t.equal(returned.statusCode, 200)
    t.equal(returned.json().status, 'returned')
    const corrected = await app.inject({ method: 'PATCH', url, ...asGroup({ indicators: [{ code: 'CNCL-PATENT-APPLICATIONS', value: 15 }, { code: 'CNCL-PATENT-GRANTS', value: 3, unit: 'bằng' }] }, { 'if-match': returned.headers.etag as string }) })
    t.equal(corrected.statusCode, 200)
    t.match(corrected.json(), { status: 'draft', revision: 2, returnReason: 'Thiếu số liệu chỉ tiêu', content: { summary: 'Tổ Công tác đã được thành lập.' } })
    const resubmitted = await app.inject({ method: 'POST', url: `${url}/submit`, headers: { ...bearer(wg), 'if-match': corrected.headers.etag as string } })
    const accepted = await app.inject({ method: 'POST', url: `${url}/accept`, headers: { ...bearer(keys.secretariat), 'if-match': resubmitted.headers.etag as string } })
    t.equal(accepted.statusCode, 200)
    t.match(accepted.json(), { status: 'accepted', revision: 2, firstSubmittedOn: TODAY, returnReason: null })

    const revisions = (await app.inject({ method: 'GET', url: `${url}/revisions`, headers: bearer(keys.reader) })).json().items
    t.match(revisions, [
      { revision: 1, status: 'returned', returnReason: 'Thiếu số liệu chỉ tiêu', submittedOn: TODAY, content: { indicators: [{ code: 'CNCL-PATENT-APPLICATIONS', value: 12 }] } },
      { revision: 2, status: 'accepted', returnReason: null, submittedOn: TODAY, content: { indicators: [{ value: 15 }, { code: 'CNCL-PATENT-GRANTS', value: 3 }] } }
    ])
    t.same(await missing(), ['2026-05 due 2026-06-05 late 45', '2026-06 due 2026-07-05 late 15'])
    const audit = (await inject({ method: 'GET', url: `/v1/audit?entity=report&entityId=${draft.json().id as number}&limit=500` })).json().items
    t.same([...new Set(audit.map((a: { actorName: string }) => a.actorName))].sort(), ['test reporter TCT-CNCL', 'test secretariat'], 'the audit log records who acted')

    const series = (await app.inject({ method: 'GET', url: '/v1/indicators/CNCL-PATENT-APPLICATIONS/series?agency=TCT-CNCL&from=2026-01&to=2026-12', headers: bearer(keys.reader) })).json()
    t.match(series, { indicator: { code: 'CNCL-PATENT-APPLICATIONS', unit: 'đơn', kind: 'strategic', direction: 'higher' }, items: [{ agency: { code: 'TCT-CNCL' }, period: '2026-04', value: 15, status: 'accepted' }], nextCursor: null })
    t.equal(series.items.length, 1, 'only the current revision counts')
  })

  t.test('timeliness goes by the first submission date', async (t) => {
    const custom = (await inject({ method: 'POST', url: '/v1/reporting-obligations', ...body({ reporter: 'TCT-CNCL', cadence: 'monthly', startPeriod: '2026-07', dueDay: 28 }) })).json()
    const onTime = (await app.inject({ method: 'POST', url: `/v1/reporting-obligations/${custom.id as number}/reports`, ...asGroup({ period: '2026-07', summary: 'Tháng 7' }) }))
    const sent = await app.inject({ method: 'POST', url: `/v1/reports/${onTime.json().id as number}/submit`, headers: { ...bearer(wg), 'if-match': onTime.headers.etag as string } })
    t.match(sent.json(), { dueOn: '2026-08-28', timeliness: 'on_time' })
    const late = (await app.inject({ method: 'POST', url: reportsUrl, ...asGroup({ period: '2026-05', summary: 'Tháng 5' }) }))
    const lateSent = await app.inject({ method: 'POST', url: `/v1/reports/${late.json().id as number}/submit`, headers: { ...bearer(wg), 'if-match': late.headers.etag as string } })
    t.match(lateSent.json(), { dueOn: '2026-06-05', firstSubmittedOn: TODAY, timeliness: 'late' })
    const lateList = (await inject({ method: 'GET', url: '/v1/reports?reporter=TCT-CNCL&timeliness=late' })).json().items
    t.same(lateList.map((r: { period: string }) => r.period), ['2026-04', '2026-05'])
    const ranged = (await inject({ method: 'GET', url: '/v1/reports?reporter=TCT-CNCL&from=2026-05&to=2026-07&status=submitted' })).json().items
    t.same(ranged.map((r: { period: string }) => r.period).sort(), ['2026-05', '2026-07'])
  })

  t.test('errors: duplicate 409, future or off-cadence period 400, another agency\'s reporter 403 with nothing changed', async (t) => {
    const duplicate = await app.inject({ method: 'POST', url: reportsUrl, ...asGroup({ period: '2026-04', summary: 'lại' }) })
    t.equal(duplicate.statusCode, 409)
    t.match(duplicate.json().detail, /already has report/)
    const future = await app.inject({ method: 'POST', url: reportsUrl, ...asGroup({ period: '2026-09' }) })
    t.equal(future.statusCode, 400)
    t.match(future.json().detail, /future/)
    const quarterly = await app.inject({ method: 'POST', url: reportsUrl, ...asGroup({ period: '2026-Q2' }) })
    t.equal(quarterly.statusCode, 400)
    t.match(quarterly.json().detail, /cadence/)
    const beforeStart = await app.inject({ method: 'POST', url: reportsUrl, ...asGroup({ period: '2026-03' }) })
    t.equal(beforeStart.statusCode, 400)
    t.equal((await app.inject({ method: 'POST', url: reportsUrl, ...asGroup({ period: '2026-13' }) })).statusCode, 400)
    const unknownIndicator = await app.inject({ method: 'POST', url: reportsUrl, ...asGroup({ period: '2026-06', indicators: [{ code: 'INVENTED', value: 1 }] }) })
    t.equal(unknownIndicator.statusCode, 400)
    t.match(unknownIndicator.json().errors, [{ field: '/indicators/0/code' }])

    const other = await reporterKey('BYT')
    const before = (await inject({ method: 'GET', url: '/v1/reports?reporter=TCT-CNCL&limit=500' })).json().items
    const create = await app.inject({ method: 'POST', url: reportsUrl, ...body({ period: '2026-06', summary: 'x' }, bearer(other)) })
    t.equal(create.statusCode, 403)
    const target = before.find((r: { period: string }) => r.period === '2026-05')
    const edit = await app.inject({ method: 'PATCH', url: `/v1/reports/${target.id as number}`, ...body({ summary: 'x' }, { ...bearer(other), 'if-match': `"${target.version as number}"` }) })
    t.equal(edit.statusCode, 403)
    const submit = await app.inject({ method: 'POST', url: `/v1/reports/${target.id as number}/submit`, headers: { ...bearer(other), 'if-match': `"${target.version as number}"` } })
    t.equal(submit.statusCode, 403)
    t.same((await inject({ method: 'GET', url: '/v1/reports?reporter=TCT-CNCL&limit=500' })).json().items, before, 'nothing changed')
    t.equal((await app.inject({ method: 'POST', url: reportsUrl, ...body({ period: '2026-06' }, bearer(keys.reader)) })).statusCode, 403)
    t.equal((await app.inject({ method: 'PATCH', url: `/v1/reports/${target.id as number}`, ...asGroup({ summary: 'x' }) })).statusCode, 428)
    t.equal((await inject({ method: 'GET', url: '/v1/reports/99999' })).statusCode, 404)
  })
})
