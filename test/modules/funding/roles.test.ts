import t from 'tap'
import { sql } from 'kysely'
import type { LightMyRequestResponse } from 'fastify'
import { bearer, buildTestApp, json } from '../../helper.js'

// Who may write what on a funding line, through HTTP: reporters their own agency's registered
// need, integration keys the budget figures of any line (and the description of their own),
// readers nothing, the Standing Office everything.
const TODAY = '2026-07-20'

interface Problem { code: string, errors?: Array<{ field: string, row?: number }> }
const fieldsOf = (res: LightMyRequestResponse): string[] => ((res.json() as Problem).errors ?? []).map((e) => e.field)

t.test('funding roles', async (t) => {
  const { app, db, keys, reporterKey, integrationKey } = await buildTestApp(t, { today: TODAY })
  const byt = await reporterKey('BYT')
  const bkhcn = await reporterKey('BKHCN')
  const btcReporter = await reporterKey('BTC')
  const btc = await integrationKey('BTC')

  const send = async (key: string, method: 'POST' | 'PATCH', url: string, payload: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> =>
    await app.inject({ method, url, ...json(payload, { ...bearer(key), ...headers }) })
  const read = async (url: string): Promise<LightMyRequestResponse> => await app.inject({ method: 'GET', url, headers: bearer(keys.reader) })
  const line = async (id: number): Promise<{ version: number, title: string, agencyCode: string, figures: Record<string, { amount: string, asOf: string | null }> }> =>
    (await read(`/v1/funding/lines/${id}`)).json()
  const historyOf = async (id: number): Promise<string[]> => (await read(`/v1/funding/lines/${id}/history`)).json().items
    .map((e: { figure: string, amount: string, asOf: string, actorName: string }) => `${e.figure} ${e.amount} ${e.asOf} by ${e.actorName}`)

  // A real assignment of BYT (its task is where BYT's need belongs), found in the seed, not hard-coded.
  const { rows: [bytAssignment] } = await sql<{ id: number, taskId: number, noticeId: number }>`
    select a.id, a.task_id, t.notice_id from assignment a join task t on t.id = a.task_id
    where a.agency_code = 'BYT' and a.state = 'open' order by a.id limit 1`.execute(db)
  if (bytAssignment === undefined) throw new Error('the seed has no open BYT assignment')

  const need = { fiscalYear: 2026, agencyCode: 'BYT', source: 'central', field: 'digital_transformation', title: 'Bệnh án điện tử toàn quốc', assignmentId: bytAssignment.id }
  let bytLine = 0
  let bytEtag = ''

  t.test('a reporter registers its agency\'s need on its own assignment and revises it', async (t) => {
    const created = await send(byt, 'POST', '/v1/funding/lines', { ...need, registered: '12000000000', asOf: '2026-03-01' })
    t.equal(created.statusCode, 201)
    bytLine = created.json().id
    t.equal(created.headers.location, `/v1/funding/lines/${bytLine}`)
    t.equal(created.headers.etag, '"1"')
    t.match(created.json(), {
      version: 1,
      agencyCode: 'BYT',
      taskId: bytAssignment.taskId, // the assignment sets its task
      assignmentId: bytAssignment.id,
      noticeId: bytAssignment.noticeId,
      senderCode: 'BYT',
      externalId: null,
      asOf: TODAY,
      unallocated: '0',
      overrideReason: null
    })
    t.same(created.json().figures, {
      registered: { amount: '12000000000', asOf: '2026-03-01' },
      estimate: { amount: '0', asOf: null },
      allocated: { amount: '0', asOf: null },
      disbursed: { amount: '0', asOf: null },
      carriedOver: { amount: '0', asOf: null }
    })

    const revised = await send(byt, 'PATCH', `/v1/funding/lines/${bytLine}`, { registered: '15500000000', asOf: '2026-06-01', title: 'Bệnh án điện tử toàn quốc (điều chỉnh)' }, { 'if-match': '"1"' })
    t.equal(revised.statusCode, 200)
    t.equal(revised.headers.etag, '"2"')
    t.match(revised.json(), { version: 2, title: 'Bệnh án điện tử toàn quốc (điều chỉnh)', figures: { registered: { amount: '15500000000', asOf: '2026-06-01' } } })
    bytEtag = revised.headers.etag as string
    t.same(await historyOf(bytLine), [
      'registered 12000000000 2026-03-01 by test reporter BYT',
      'registered 15500000000 2026-06-01 by test reporter BYT'
    ], 'both values are kept, by the reporter')
  })

  t.test('a reporter writes no budget figure (403 naming the field), and nothing changes', async (t) => {
    const allocated = await send(byt, 'PATCH', `/v1/funding/lines/${bytLine}`, { allocated: '1000' }, { 'if-match': bytEtag })
    t.equal(allocated.statusCode, 403)
    t.equal(allocated.json().code, 'NQ57_FORBIDDEN')
    t.same(fieldsOf(allocated), ['/allocated'])

    const several = await send(byt, 'PATCH', `/v1/funding/lines/${bytLine}`, { registered: '1', estimate: '2', disbursed: '3', carriedOver: '4', overrideReason: 'tạm ứng' }, { 'if-match': bytEtag })
    t.equal(several.statusCode, 403)
    t.same(fieldsOf(several), ['/estimate', '/disbursed', '/carriedOver', '/overrideReason'], 'every forbidden field, registered not among them')

    const onCreate = await send(byt, 'POST', '/v1/funding/lines', { ...need, estimate: '5000' })
    t.equal(onCreate.statusCode, 403)
    t.same(fieldsOf(onCreate), ['/estimate'])

    const inBatch = await send(byt, 'POST', '/v1/funding/batches?dryRun=false', { lines: [{ externalId: 'BYT-1', ...need, registered: '1' }, { externalId: 'BYT-2', ...need, allocated: '7' }] })
    t.equal(inBatch.statusCode, 403)
    t.match(inBatch.json().errors, [{ field: '/lines/1/allocated', row: 2 }])
    t.equal(inBatch.json().errors.length, 1)

    t.match(await line(bytLine), { version: 2, figures: { registered: { amount: '15500000000' }, allocated: { amount: '0', asOf: null } } })
    const { rows: [count] } = await sql<{ n: number }>`select count(*)::integer as n from funding_line`.execute(db)
    t.equal(count?.n, 1, 'no line was created by the refused requests')
  })

  t.test('a reporter touches no other agency\'s line, and moves none to or from itself', async (t) => {
    const { rows: [bkhcnAssignment] } = await sql<{ id: number }>`select id from assignment where agency_code = 'BKHCN' and state = 'open' order by id limit 1`.execute(db)
    const other = await send(keys.secretariat, 'POST', '/v1/funding/lines', { fiscalYear: 2026, agencyCode: 'BKHCN', source: 'central', field: 'science_technology', title: 'Mô hình ngôn ngữ lớn tiếng Việt', assignmentId: bkhcnAssignment?.id, registered: '45000000000' })
    t.equal(other.statusCode, 201)
    const otherId = other.json().id as number

    const forOther = await send(byt, 'POST', '/v1/funding/lines', { fiscalYear: 2026, agencyCode: 'BKHCN', source: 'central', field: 'innovation', title: 'Không phải của BYT', registered: '1' })
    t.equal(forOther.statusCode, 403)
    t.same(fieldsOf(forOther), ['/agencyCode'])

    const revise = await send(byt, 'PATCH', `/v1/funding/lines/${otherId}`, { registered: '1' }, { 'if-match': '"1"' })
    t.equal(revise.statusCode, 403, 'revising another agency\'s need')
    const retitle = await send(byt, 'PATCH', `/v1/funding/lines/${otherId}`, { title: 'Đổi tên' }, { 'if-match': '"1"' })
    t.equal(retitle.statusCode, 403, 'describing another agency\'s line')
    const takeOver = await send(byt, 'PATCH', `/v1/funding/lines/${otherId}`, { agencyCode: 'BYT', assignmentId: bytAssignment.id }, { 'if-match': '"1"' })
    t.equal(takeOver.statusCode, 403, 'moving another agency\'s line to itself')
    t.same(fieldsOf(takeOver), ['/agencyCode'])
    const giveAway = await send(byt, 'PATCH', `/v1/funding/lines/${bytLine}`, { agencyCode: 'BKHCN', assignmentId: bkhcnAssignment?.id }, { 'if-match': bytEtag })
    t.equal(giveAway.statusCode, 403, 'moving its own line to another agency')
    t.same(fieldsOf(giveAway), ['/agencyCode'])

    t.match(await line(otherId), { version: 1, agencyCode: 'BKHCN', title: 'Mô hình ngôn ngữ lớn tiếng Việt', figures: { registered: { amount: '45000000000' } } })
    t.match(await line(bytLine), { version: 2, agencyCode: 'BYT' })
    // The other agency's own reporter may revise it.
    const own = await send(bkhcn, 'PATCH', `/v1/funding/lines/${otherId}`, { registered: '47000000000' }, { 'if-match': '"1"' })
    t.equal(own.statusCode, 200)
    t.equal(own.json().figures.registered.amount, '47000000000')
  })

  t.test('an integration key writes budget figures of a reporter\'s line, but not its need or its description', async (t) => {
    const registered = await send(btc, 'PATCH', `/v1/funding/lines/${bytLine}`, { registered: '1' }, { 'if-match': bytEtag })
    t.equal(registered.statusCode, 403)
    t.same(fieldsOf(registered), ['/registered'])

    const budget = await send(btc, 'PATCH', `/v1/funding/lines/${bytLine}`, { estimate: '14000000000', allocated: '10000000000', disbursed: '2500000000', carriedOver: '0', asOf: '2026-06-30' }, { 'if-match': bytEtag })
    t.equal(budget.statusCode, 200)
    t.match(budget.json(), { version: 3, senderCode: 'BYT', unallocated: '4000000000', figures: { registered: { amount: '15500000000', asOf: '2026-06-01' }, estimate: { amount: '14000000000', asOf: '2026-06-30' }, allocated: { amount: '10000000000', asOf: '2026-06-30' }, disbursed: { amount: '2500000000', asOf: '2026-06-30' }, carriedOver: { amount: '0', asOf: '2026-06-30' } } })
    bytEtag = budget.headers.etag as string
    t.equal(bytEtag, '"3"')
    // The four figures of one request (in no stated order among themselves), after the two registered values.
    t.same((await historyOf(bytLine)).slice(2).sort(), [
      'allocated 10000000000 2026-06-30 by test integration BTC',
      'carriedOver 0 2026-06-30 by test integration BTC',
      'disbursed 2500000000 2026-06-30 by test integration BTC',
      'estimate 14000000000 2026-06-30 by test integration BTC'
    ])

    const retitle = await send(btc, 'PATCH', `/v1/funding/lines/${bytLine}`, { title: 'Tên do Bộ Tài chính đặt' }, { 'if-match': bytEtag })
    t.equal(retitle.statusCode, 403)
    const relink = await send(btc, 'PATCH', `/v1/funding/lines/${bytLine}`, { assignmentId: null, taskId: null }, { 'if-match': bytEtag })
    t.equal(relink.statusCode, 403, 'nor its links')
    t.match(await line(bytLine), { version: 3, title: 'Bệnh án điện tử toàn quốc (điều chỉnh)' })
    // "A field a key may not write is a 403 naming it" (the routes' ROLES_NOTE): the title.
    t.same(fieldsOf(retitle), ['/title'], 'the 403 names the title the key may not write')
  })

  t.test('an integration key describes the lines it sent itself', async (t) => {
    const own = await send(btc, 'POST', '/v1/funding/lines', { fiscalYear: 2026, agencyCode: 'BKHCN', source: 'central', field: 'innovation', title: 'Dự toán chi đổi mới sáng tạo', externalId: 'BTC-2026-0001', estimate: '80000000000' })
    t.equal(own.statusCode, 201)
    t.match(own.json(), { senderCode: 'BTC', externalId: 'BTC-2026-0001', figures: { estimate: { amount: '80000000000', asOf: TODAY } } })
    const retitled = await send(btc, 'PATCH', `/v1/funding/lines/${own.json().id as number}`, { title: 'Dự toán chi đổi mới sáng tạo (bổ sung)', source: 'other_public' }, { 'if-match': '"1"' })
    t.equal(retitled.statusCode, 200)
    t.match(retitled.json(), { version: 2, title: 'Dự toán chi đổi mới sáng tạo (bổ sung)', source: 'other_public' })
  })

  t.test('a line the finance ministry\'s reporter registered is not one its integration key sent', async (t) => {
    // The reporter and the integration key of BTC are different senders of the line; the
    // integration key describes only the lines it sent.
    const { rows: [btcAssignment] } = await sql<{ id: number }>`select id from assignment where agency_code = 'BTC' and state = 'open' order by id limit 1`.execute(db)
    const reported = await send(btcReporter, 'POST', '/v1/funding/lines', { fiscalYear: 2026, agencyCode: 'BTC', source: 'central', field: 'digital_transformation', title: 'Nhu cầu của Bộ Tài chính', assignmentId: btcAssignment?.id, registered: '3000000000' })
    t.equal(reported.statusCode, 201)
    const id = reported.json().id as number
    const retitle = await send(btc, 'PATCH', `/v1/funding/lines/${id}`, { title: 'Tên do hệ thống đặt' }, { 'if-match': '"1"' })
    t.equal(retitle.statusCode, 403, 'the integration key did not send this line')
    t.match(await line(id), { version: 1, title: 'Nhu cầu của Bộ Tài chính' })
  })

  t.test('an integration key is the finance or science ministry\'s system, no other agency\'s', async (t) => {
    const bkhcnSystem = await send(keys.admin, 'POST', '/v1/api-keys', { name: 'Hệ thống BKHCN', role: 'integration', agencyCode: 'BKHCN' })
    t.equal(bkhcnSystem.statusCode, 201)
    const province = await send(keys.admin, 'POST', '/v1/api-keys', { name: 'Hệ thống An Giang', role: 'integration', agencyCode: 'AN-GIANG' })
    t.equal(province.statusCode, 400, 'a province has no integration key')
    // Should such a key exist, it must not write the budget of every line in the country.
    const provinceKey = await integrationKey('AN-GIANG')
    const target = await send(keys.secretariat, 'POST', '/v1/funding/lines', { fiscalYear: 2026, agencyCode: 'BKHCN', source: 'central', field: 'innovation', title: 'Dự toán của Bộ', estimate: '500', allocated: '400' })
    t.equal(target.statusCode, 201)
    const allocated = await send(provinceKey, 'PATCH', `/v1/funding/lines/${target.json().id as number}`, { allocated: '1' }, { 'if-match': '"1"' })
    t.equal(allocated.statusCode, 403, 'a province\'s system allocates nothing on a ministry\'s line')
    t.match(await line(target.json().id), { version: 1, figures: { allocated: { amount: '400' } } })
  })

  t.test('a reader writes nothing', async (t) => {
    const create = await send(keys.reader, 'POST', '/v1/funding/lines', { ...need, agencyCode: 'BYT', registered: '1' })
    t.equal(create.statusCode, 403)
    const patch = await send(keys.reader, 'PATCH', `/v1/funding/lines/${bytLine}`, { registered: '1' }, { 'if-match': bytEtag })
    t.equal(patch.statusCode, 403)
    const batch = await send(keys.reader, 'POST', '/v1/funding/batches', { lines: [{ externalId: 'R-1', registered: '1' }] })
    t.equal(batch.statusCode, 403)
    t.equal((await read(`/v1/funding/lines/${bytLine}`)).statusCode, 200, 'but reads')
    t.equal((await read('/v1/funding/totals')).statusCode, 200)
    t.match(await line(bytLine), { version: 3 })
  })

  t.test('the Standing Office writes every figure and field of any line', async (t) => {
    const { rows: [bkhcnAssignment] } = await sql<{ id: number, taskId: number }>`select id, task_id from assignment where agency_code = 'BKHCN' and state = 'open' order by id limit 1`.execute(db)
    const created = await send(keys.secretariat, 'POST', '/v1/funding/lines', {
      fiscalYear: 2026, agencyCode: 'BYT', source: 'local', field: 'science_technology', title: 'Dòng của Văn phòng', externalId: 'VP-1', programme: 'Chương trình KC.01/21-30',
      registered: '9', estimate: '8', allocated: '7', disbursed: '6', carriedOver: '1', asOf: '2026-05-05'
    })
    t.equal(created.statusCode, 201)
    t.match(created.json(), { senderCode: 'secretariat', externalId: 'VP-1', programme: 'Chương trình KC.01/21-30', unallocated: '1', figures: { registered: { amount: '9', asOf: '2026-05-05' }, carriedOver: { amount: '1', asOf: '2026-05-05' } } })
    const moved = await send(keys.secretariat, 'PATCH', `/v1/funding/lines/${created.json().id as number}`, {
      agencyCode: 'BKHCN', assignmentId: bkhcnAssignment?.id, title: 'Chuyển sang BKHCN', fiscalYear: 2027, registered: '10', disbursed: '7'
    }, { 'if-match': '"1"' })
    t.equal(moved.statusCode, 200)
    t.match(moved.json(), { version: 2, agencyCode: 'BKHCN', taskId: bkhcnAssignment?.taskId, fiscalYear: 2027, title: 'Chuyển sang BKHCN', figures: { registered: { amount: '10', asOf: TODAY }, disbursed: { amount: '7', asOf: TODAY } } })
    // Also another agency's line a reporter registered.
    const onReporters = await send(keys.secretariat, 'PATCH', `/v1/funding/lines/${bytLine}`, { registered: '16000000000', title: 'Bệnh án điện tử (Văn phòng sửa)' }, { 'if-match': bytEtag })
    t.equal(onReporters.statusCode, 200)
    t.match(onReporters.json(), { version: 4, senderCode: 'BYT', title: 'Bệnh án điện tử (Văn phòng sửa)', figures: { registered: { amount: '16000000000', asOf: TODAY } } })
    bytEtag = onReporters.headers.etag as string
  })

  t.test('If-Match: stale 412, weak 412, missing 428; an unknown line 404', async (t) => {
    const stale = await send(keys.secretariat, 'PATCH', `/v1/funding/lines/${bytLine}`, { title: 'x' }, { 'if-match': '"3"' })
    t.equal(stale.statusCode, 412)
    t.equal(stale.json().code, 'NQ57_STALE_VERSION')
    const weak = await send(keys.secretariat, 'PATCH', `/v1/funding/lines/${bytLine}`, { title: 'x' }, { 'if-match': 'W/"4"' })
    t.equal(weak.statusCode, 412)
    const missing = await send(keys.secretariat, 'PATCH', `/v1/funding/lines/${bytLine}`, { title: 'x' })
    t.equal(missing.statusCode, 428)
    t.equal(missing.json().code, 'NQ57_IF_MATCH_REQUIRED')
    const reporterStale = await send(byt, 'PATCH', `/v1/funding/lines/${bytLine}`, { registered: '1' }, { 'if-match': '"1"' })
    t.equal(reporterStale.statusCode, 412)
    t.match(await line(bytLine), { version: 4, title: 'Bệnh án điện tử (Văn phòng sửa)' }, 'nothing written')
    const current = await send(byt, 'PATCH', `/v1/funding/lines/${bytLine}`, { registered: '16500000000' }, { 'if-match': bytEtag })
    t.equal(current.statusCode, 200, 'the current ETag is accepted')
    t.equal(current.headers.etag, '"5"')

    const unknown = await send(keys.secretariat, 'PATCH', '/v1/funding/lines/999999', { title: 'x' }, { 'if-match': '"1"' })
    t.equal(unknown.statusCode, 404)
    t.equal(unknown.json().code, 'NQ57_NOT_FOUND')
    t.equal((await read('/v1/funding/lines/999999')).statusCode, 404)
    t.equal((await read('/v1/funding/lines/999999/history')).statusCode, 404)
  })
})
