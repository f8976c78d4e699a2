import t from 'tap'
import { bearer, buildTestApp, json as body } from '../../helper.js'

const TODAY = '2026-07-20'

t.test('working groups and reporting obligations', async (t) => {
  const { app, inject, keys } = await buildTestApp(t, { today: TODAY })
  const task = async (number: string, ref: string): Promise<number> => {
    const notice = (await inject({ method: 'GET', url: `/v1/notices?number=${encodeURIComponent(number)}` })).json().items[0]
    const tree = (await inject({ method: 'GET', url: `/v1/tasks?noticeId=${notice.id as number}&limit=500` })).json().items
    return tree.find((x: { ref: string }) => x.ref === ref).id
  }

  t.test('the seeded Government working group on strategic technology, with the members 22-TB names', async (t) => {
    const res = await app.inject({ method: 'GET', url: '/v1/working-groups/TCT-CNCL', headers: bearer(keys.reader) })
    t.equal(res.statusCode, 200)
    t.equal(res.headers.etag, '"1"')
    const group = res.json()
    t.match(group, {
      code: 'TCT-CNCL', name: 'Tổ Công tác của Chính phủ về phát triển công nghệ chiến lược', chair: 'Phó Thủ tướng Chính phủ',
      establishedBy: { taskId: await task('22-TB/CQTTBCĐ', '2.a'), noticeNumber: '22-TB/CQTTBCĐ', ref: '2.a', dueOn: '2026-04-30' },
      reportsTo: { code: 'TTBCD' }, activeFrom: null, activeTo: null
    })
    t.match(group.note, /05-TB\/BCĐTW ngày 04\/07\/2025/)
    t.same(group.members.map((m: { agency: { code: string }, role: string }) => `${m.role}:${m.agency.code}`), [
      'chair:CP', 'member:BKHCN', 'member:BCT', 'member:BTC', 'member:BGDDT', 'member:BNG', 'member:BQP', 'member:BCA',
      'member:BXD', 'member:BNNMT', 'member:BYT', 'standing:TGVBCD'
    ])
    const list = (await inject({ method: 'GET', url: '/v1/working-groups?member=BYT' })).json()
    t.same(list.items.map((g: { code: string }) => g.code), ['TCT-CNCL'])
    t.equal(list.nextCursor, null)
  })

  t.test('recurring tasks seed obligations for their leads; the working group reports for the task that sets it up', async (t) => {
    const items = (await inject({ method: 'GET', url: '/v1/reporting-obligations?limit=500' })).json().items
    const summary = items.map((o: { reporter: { code: string }, cadence: string, startPeriod: string, dueDay: number, recipient: { code: string }, task: { noticeNumber: string, ref: string } }) =>
      `${o.task.noticeNumber} ${o.task.ref} ${o.reporter.code} ${o.cadence} ${o.startPeriod} day ${o.dueDay} → ${o.recipient.code}`).sort()
    t.same(summary, [
      '20-TB/CQTTBCĐ 3.d BKHCN monthly 2026-03 day 5 → TTBCD',
      '20-TB/CQTTBCĐ 3.i BNNMT monthly 2026-03 day 5 → TTBCD',
      '20-TB/CQTTBCĐ 3.l.(1) CQTTBCD quarterly 2026-Q1 day 5 → TTBCD',
      '22-TB/CQTTBCĐ 2.a TCT-CNCL monthly 2026-04 day 5 → TTBCD'
    ])
    t.equal(items.find((o: { reporter: { code: string } }) => o.reporter.code === 'TCT-CNCL').workingGroupCode, 'TCT-CNCL')
    const again = await inject({ method: 'POST', url: `/v1/tasks/${await task('20-TB/CQTTBCĐ', '3.d')}/reporting-obligations` })
    t.equal(again.statusCode, 200)
    t.equal(again.json().items.length, 1, 'deriving twice adds nothing')
    const notRecurring = await inject({ method: 'POST', url: `/v1/tasks/${await task('20-TB/CQTTBCĐ', '1')}/reporting-obligations` })
    t.equal(notRecurring.statusCode, 400)
  })

  t.test('a monthly obligation produces its periods from its start, each due on day 5 of the next month', async (t) => {
    const obligation = (await inject({ method: 'GET', url: '/v1/reporting-obligations?reporter=TCT-CNCL' })).json().items[0]
    const periods = (await inject({ method: 'GET', url: `/v1/reporting-obligations/${obligation.id as number}/periods` })).json().items
    t.same(periods, [
      { period: '2026-04', dueOn: '2026-05-05', state: 'missing', daysLate: 76, reportId: null, status: null },
      { period: '2026-05', dueOn: '2026-06-05', state: 'missing', daysLate: 45, reportId: null, status: null },
      { period: '2026-06', dueOn: '2026-07-05', state: 'missing', daysLate: 15, reportId: null, status: null },
      { period: '2026-07', dueOn: '2026-08-05', state: 'not_due', daysLate: 0, reportId: null, status: null }
    ])
    const early = (await inject({ method: 'GET', url: `/v1/reporting-obligations/${obligation.id as number}/periods?asOf=2026-05-05` })).json().items
    t.same(early.map((p: { period: string, state: string }) => `${p.period} ${p.state}`), ['2026-04 not_due', '2026-05 not_due'], 'not late on the due day itself')
  })

  t.test('the Standing Office configures obligations; edits need If-Match', async (t) => {
    const created = await inject({ method: 'POST', url: '/v1/reporting-obligations', ...body({ reporter: 'BYT', cadence: 'quarterly', startPeriod: '2026-Q2', dueDay: 10 }) })
    t.equal(created.statusCode, 201)
    t.match(created.json(), { reporter: { code: 'BYT' }, recipient: { code: 'TTBCD' }, cadence: 'quarterly', startPeriod: '2026-Q2', endPeriod: null, dueDay: 10, task: null })
    const url = `/v1/reporting-obligations/${created.json().id as number}`
    t.equal((await inject({ method: 'PATCH', url, ...body({ dueDay: 15 }) })).statusCode, 428)
    const patched = await inject({ method: 'PATCH', url, ...body({ dueDay: 15 }, { 'if-match': '"1"' }) })
    t.equal(patched.statusCode, 200)
    t.equal(patched.json().dueDay, 15)
    t.equal((await inject({ method: 'PATCH', url, ...body({ dueDay: 20 }, { 'if-match': '"1"' }) })).statusCode, 412)
    const mismatch = await inject({ method: 'POST', url: '/v1/reporting-obligations', ...body({ reporter: 'BYT', cadence: 'monthly', startPeriod: '2026-Q2' }) })
    t.equal(mismatch.statusCode, 400)
    const tooLate = await inject({ method: 'POST', url: '/v1/reporting-obligations', ...body({ reporter: 'BYT', cadence: 'monthly', startPeriod: '2026-04', dueDay: 31 }) })
    t.equal(tooLate.statusCode, 400)
    const reporter = await app.inject({ method: 'POST', url: '/v1/reporting-obligations', ...body({ reporter: 'BYT', cadence: 'monthly', startPeriod: '2026-04' }, bearer(keys.reader)) })
    t.equal(reporter.statusCode, 403)
  })

  t.test('creating and changing a working group', async (t) => {
    const created = await inject({ method: 'POST', url: '/v1/working-groups', ...body({ code: 'TCTLN', name: 'Tổ công tác liên ngành', members: [{ agency: 'BKHCN', role: 'chair' }], activeFrom: '2025-07-04' }) })
    t.equal(created.statusCode, 201)
    t.match(created.json(), { code: 'TCTLN', members: [{ agency: { code: 'BKHCN' }, role: 'chair', position: null }], activeFrom: '2025-07-04' })
    t.equal((await inject({ method: 'POST', url: '/v1/working-groups', ...body({ code: 'TCTLN', name: 'again' }) })).statusCode, 409)
    t.equal((await inject({ method: 'POST', url: '/v1/working-groups', ...body({ code: 'NOPE', name: 'x' }) })).statusCode, 400)
    const patched = await inject({ method: 'PATCH', url: '/v1/working-groups/TCTLN', ...body({ activeTo: '2026-04-30', note: 'Chuyển giao cho TCT-CNCL' }, { 'if-match': created.headers.etag as string }) })
    t.equal(patched.statusCode, 200)
    t.match(patched.json(), { activeTo: '2026-04-30', note: 'Chuyển giao cho TCT-CNCL', version: 2, members: [{ agency: { code: 'BKHCN' } }] })
    const active = (await inject({ method: 'GET', url: '/v1/working-groups?activeOn=2026-05-01' })).json().items
    t.same(active, [], 'TCT-CNCL is not set up yet, TCTLN ended')
  })
})
