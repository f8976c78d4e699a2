import t from 'tap'
import { sql } from 'kysely'
import type { LightMyRequestResponse } from 'fastify'
import { bearer, buildTestApp, json } from '../../helper.js'

// The rules a funding line obeys whoever writes it: disbursed within allocated unless a reason is
// given, whole-đồng amounts, links that agree with the assignments and the catalogue, figures
// dated no later than today, text stored as sent, and amounts exact beyond 2^53.
const TODAY = '2026-07-20'

interface Problem { code: string, errors?: Array<{ field: string, row?: number }> }
const fieldsOf = (res: LightMyRequestResponse): string[] => ((res.json() as Problem).errors ?? []).map((e) => e.field)

t.test('funding rules', async (t) => {
  const { app, db, keys, reporterKey, integrationKey } = await buildTestApp(t, { today: TODAY })
  const byt = await reporterKey('BYT')
  const btc = await integrationKey('BTC')
  const send = async (key: string, method: 'POST' | 'PATCH', url: string, payload: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> =>
    await app.inject({ method, url, ...json(payload, { ...bearer(key), ...headers }) })
  const create = async (payload: Record<string, unknown>, key = keys.secretariat): Promise<LightMyRequestResponse> => await send(key, 'POST', '/v1/funding/lines', payload)
  const get = async (url: string): Promise<LightMyRequestResponse> => await app.inject({ method: 'GET', url, headers: bearer(keys.reader) })
  const lineCount = async (): Promise<number> => (await sql<{ n: number }>`select count(*)::integer as n from funding_line`.execute(db)).rows[0]?.n ?? -1
  const base = { fiscalYear: 2026, agencyCode: 'BKHCN', source: 'central', field: 'science_technology', title: 'Dòng kiểm tra' }

  // Seed facts, looked up: a BYT assignment, a task BYT has no assignment on, a BKHCN assignment.
  const { rows: [bytAssignment] } = await sql<{ id: number, taskId: number }>`
    select id, task_id from assignment where agency_code = 'BYT' and state = 'open' order by id limit 1`.execute(db)
  const { rows: [foreignTask] } = await sql<{ id: number }>`
    select t.id from task t where not exists (select 1 from assignment a where a.task_id = t.id and a.agency_code = 'BYT') order by t.id limit 1`.execute(db)
  const { rows: [bkhcnAssignment] } = await sql<{ id: number, taskId: number }>`
    select id, task_id from assignment where agency_code = 'BKHCN' and state = 'open' order by id limit 1`.execute(db)
  if (bytAssignment === undefined || foreignTask === undefined || bkhcnAssignment === undefined) throw new Error('the seed lacks the assignments these tests need')

  t.test('disbursed above allocated: 422 naming it, accepted with a reason kept on the line, in history and in the audit log', async (t) => {
    const created = await create({ ...base, title: 'Giải ngân vượt phân bổ', estimate: '100000', allocated: '80000', disbursed: '20000', asOf: '2026-06-30' })
    t.equal(created.statusCode, 201)
    const id = created.json().id as number
    const url = `/v1/funding/lines/${id}`

    const over = await send(btc, 'PATCH', url, { disbursed: '90000' }, { 'if-match': '"1"' })
    t.equal(over.statusCode, 422)
    t.equal(over.json().code, 'NQ57_UNPROCESSABLE')
    t.same(fieldsOf(over), ['/disbursed'])
    const onCreate = await create({ ...base, allocated: '10', disbursed: '11' })
    t.equal(onCreate.statusCode, 422)
    t.same(fieldsOf(onCreate), ['/disbursed'])
    const inBatch = await send(btc, 'POST', '/v1/funding/batches?dryRun=true', { lines: [{ externalId: 'OVER-1', ...base, allocated: '10', disbursed: '11' }] })
    t.equal(inBatch.statusCode, 422)
    t.match(inBatch.json().errors, [{ row: 1, field: '/lines/0/disbursed' }])

    const reason = 'Tạm ứng hợp đồng theo Điều 10 Nghị định 99/2021/NĐ-CP'
    const overridden = await send(btc, 'PATCH', url, { disbursed: '90000', overrideReason: reason }, { 'if-match': '"1"' })
    t.equal(overridden.statusCode, 200)
    t.match(overridden.json(), { version: 2, overrideReason: reason, unallocated: '20000', figures: { allocated: { amount: '80000' }, disbursed: { amount: '90000', asOf: TODAY } } })
    const history = (await get(`${url}/history`)).json().items
    const entries = history.map((e: { figure: string, amount: string, overrideReason: string | null }) => `${e.figure} ${e.amount} ${String(e.overrideReason)}`)
    // The three figures of the creation (in no stated order among themselves), then the overriding one.
    t.same([entries.slice(0, 3).sort(), entries.slice(3)], [['allocated 80000 null', 'disbursed 20000 null', 'estimate 100000 null'], [`disbursed 90000 ${reason}`]])
    t.equal(history[3].actorName, 'test integration BTC')

    // The audit log keeps the reason both on the line's update and on the figure written.
    const audit = await app.inject({ method: 'GET', url: `/v1/audit?entity=funding_line&entityId=${id}&limit=500`, headers: bearer(keys.secretariat) })
    // (The audit API shows the row's columns camel-cased, like every other entity's.)
    const lineEntries = audit.json().items.map((e: { action: string, after: { overAllocationReason: string | null, disbursed: number | string } }) => [e.action, e.after.overAllocationReason, String(e.after.disbursed)])
    t.same(lineEntries.sort(), [['insert', null, '20000'], ['update', reason, '90000']].sort())
    const { rows: figureAudit } = await sql<{ action: string, actorName: string, reason: string | null, amount: string }>`
      select action, actor_name, after ->> 'override_reason' as reason, after ->> 'amount' as amount from audit_log
      where entity = 'funding_figure' and after ->> 'line_id' = ${String(id)} and after ->> 'figure' = 'disbursed' order by id`.execute(db)
    t.same(figureAudit, [
      { action: 'insert', actorName: 'test secretariat', reason: null, amount: '20000' },
      { action: 'insert', actorName: 'test integration BTC', reason, amount: '90000' }
    ])

    // The reason holds while the figures it explains stay; a new disbursement above allocated needs its own.
    const retitled = await send(keys.secretariat, 'PATCH', url, { title: 'Giải ngân vượt phân bổ (tạm ứng)' }, { 'if-match': '"2"' })
    t.equal(retitled.statusCode, 200)
    t.equal(retitled.json().overrideReason, reason)
    const more = await send(btc, 'PATCH', url, { disbursed: '95000' }, { 'if-match': '"3"' })
    t.equal(more.statusCode, 422)
    t.same(fieldsOf(more), ['/disbursed'])
    // Once allocated covers it, no reason is in force.
    const covered = await send(btc, 'PATCH', url, { allocated: '100000' }, { 'if-match': '"3"' })
    t.equal(covered.statusCode, 200)
    t.match(covered.json(), { version: 4, overrideReason: null, unallocated: '0', figures: { allocated: { amount: '100000' }, disbursed: { amount: '90000' } } })
  })

  t.test('amounts are digit strings of whole đồng: signs, decimals, separators and numbers are 400', async (t) => {
    const before = await lineCount()
    // As JSON text: a JSON number (even one past 2^53, which JavaScript could not hold exactly) is no amount.
    const bad = ['"-5"', '"1.5"', '"1,000"', '"1.000.000"', '"1 000"', '" 12"', '"012"', '"+12"', '"1e9"', '""', '"12đ"', '"1234567890123456789"', '12', '900719925474099312', 'null']
    for (const amount of bad) {
      const res = await send(keys.secretariat, 'POST', '/v1/funding/lines', `${JSON.stringify(base).slice(0, -1)},"estimate":${amount}}`)
      t.equal(res.statusCode, 400, `estimate ${amount}`)
      t.equal(res.json().code, 'NQ57_VALIDATION_FAILED')
      t.ok(fieldsOf(res).includes('/estimate'), `the 400 names /estimate for ${amount}`)
    }
    const batch = await send(btc, 'POST', '/v1/funding/batches?dryRun=false', { lines: [{ externalId: 'AMT-1', ...base, allocated: '1' }, { externalId: 'AMT-2', ...base, allocated: '-1' }] })
    t.equal(batch.statusCode, 400)
    t.ok(fieldsOf(batch).includes('/lines/1/allocated'))
    t.equal(await lineCount(), before, 'nothing created')
    const largest = await create({ ...base, estimate: '999999999999999999' })
    t.equal(largest.statusCode, 201, '18 digits is the largest amount')
    t.equal(largest.json().figures.estimate.amount, '999999999999999999')
  })

  t.test('a task link needs the line\'s agency to hold an assignment on it; an assignment link must be the agency\'s', async (t) => {
    const bytLine = { ...base, agencyCode: 'BYT', title: 'Nhu cầu của Bộ Y tế' }
    const noAssignment = await create({ ...bytLine, taskId: foreignTask.id })
    t.equal(noAssignment.statusCode, 422)
    t.same(fieldsOf(noAssignment), ['/taskId'])
    const byReporter = await create({ ...bytLine, taskId: foreignTask.id, registered: '1' }, byt)
    t.equal(byReporter.statusCode, 422, 'a reporter gets the same answer')
    t.same(fieldsOf(byReporter), ['/taskId'])
    const unknownTask = await create({ ...bytLine, taskId: 999999 })
    t.equal(unknownTask.statusCode, 422)
    t.same(fieldsOf(unknownTask), ['/taskId'])
    const othersAssignment = await create({ ...bytLine, assignmentId: bkhcnAssignment.id })
    t.equal(othersAssignment.statusCode, 422)
    t.same(fieldsOf(othersAssignment), ['/assignmentId'])
    const mismatched = await create({ ...bytLine, assignmentId: bytAssignment.id, taskId: foreignTask.id })
    t.equal(mismatched.statusCode, 422, 'an assignment of another task than the one sent')
    t.ok(fieldsOf(mismatched).includes('/assignmentId'))

    const onTask = await create({ ...bytLine, taskId: bytAssignment.taskId })
    t.equal(onTask.statusCode, 201)
    t.match(onTask.json(), { taskId: bytAssignment.taskId, assignmentId: null })
    // Moving the linked line to an agency without an assignment on its task breaks the rule too.
    const { rows: [outsider] } = await sql<{ code: string }>`select code from agency g
      where not exists (select 1 from assignment a where a.task_id = ${bytAssignment.taskId} and a.agency_code = g.code) order by code limit 1`.execute(db)
    const moved = await send(keys.secretariat, 'PATCH', `/v1/funding/lines/${onTask.json().id as number}`, { agencyCode: outsider?.code }, { 'if-match': '"1"' })
    t.equal(moved.statusCode, 422)
    t.same(fieldsOf(moved), ['/taskId'])
  })

  t.test('links: clearing the task clears its assignment; an assignment without its task is a 422, not a broken row', async (t) => {
    const linked = await create({ ...base, agencyCode: 'BYT', title: 'Gỡ liên kết', assignmentId: bytAssignment.id })
    t.equal(linked.statusCode, 201)
    const url = `/v1/funding/lines/${linked.json().id as number}`
    const cleared = await send(keys.secretariat, 'PATCH', url, { taskId: null }, { 'if-match': '"1"' })
    t.equal(cleared.statusCode, 200)
    t.match(cleared.json(), { taskId: null, assignmentId: null, noticeId: null })
    // The assignment sent with its task explicitly cleared: the two disagree.
    const contradictory = await create({ ...base, agencyCode: 'BYT', title: 'Mâu thuẫn', assignmentId: bytAssignment.id, taskId: null })
    t.equal(contradictory.statusCode, 422, 'a rule of the module answers, naming the field')
    t.same(fieldsOf(contradictory), ['/assignmentId'])
  })

  t.test('a write that changes nothing keeps the version and writes no history', async (t) => {
    const created = await create({ ...base, title: 'Không đổi', estimate: '10', asOf: '2026-05-01' })
    const url = `/v1/funding/lines/${created.json().id as number}`
    const same = await send(keys.secretariat, 'PATCH', url, { title: 'Không đổi', estimate: '10', asOf: '2026-05-01', source: 'central' }, { 'if-match': '"1"' })
    t.equal(same.statusCode, 200)
    t.equal(same.headers.etag, '"1"')
    t.equal((await get(`${url}/history`)).json().items.length, 1)
  })

  t.test('allocated above estimate: unallocated goes negative, the rate above 1', async (t) => {
    const created = await create({ ...base, fiscalYear: 2033, estimate: '10', allocated: '15' })
    t.equal(created.statusCode, 201)
    t.equal(created.json().unallocated, '-5')
    const totals = (await get('/v1/funding/totals?fiscalYear=2033')).json()
    t.match(totals.total, { estimate: '10', allocated: '15', unallocated: '-5', allocationRate: 1.5, disbursementRate: 0 })
    const csv = (await get('/v1/funding/lines.csv?fiscalYear=2033')).body
    t.ok(csv.includes(',0,10,15,0,0,-5,,2026-07-20\r\n'), 'a negative amount is exported as a number, not escaped as a formula')
  })

  t.test('a back-dated disbursement above what was allocated on that date needs a reason too', async (t) => {
    // Allocated 90 from 2026-05-31, disbursed 45 today: a disbursement of 100 dated 2026-06-15 would
    // make the line, as of that date, disburse more than it had, with no reason on record.
    const created = await create({ ...base, fiscalYear: 2034, estimate: '100', allocated: '90', asOf: '2026-05-31' })
    const url = `/v1/funding/lines/${created.json().id as number}`
    t.equal((await send(keys.secretariat, 'PATCH', url, { disbursed: '45' }, { 'if-match': '"1"' })).statusCode, 200)
    const backDated = await send(btc, 'PATCH', url, { disbursed: '100', asOf: '2026-06-15' }, { 'if-match': '"2"' })
    t.equal(backDated.statusCode, 422)
    t.same(fieldsOf(backDated), ['/disbursed'])
    const asOf = (await get(`${url}?asOf=2026-06-20`)).json()
    t.same([asOf.figures.allocated.amount, asOf.figures.disbursed.amount, asOf.overrideReason], ['90', '0', null], 'as of that date: nothing disbursed above allocated')
  })

  t.test('a cancelled assignment is no ground for a link', async (t) => {
    // Cancel one of BYT's assignments (through the API, as the Standing Office does).
    const { rows: [victim] } = await sql<{ id: number, taskId: number }>`
      select a.id, a.task_id from assignment a where a.agency_code = 'BYT' and a.state = 'open'
        and (select count(*) from assignment o where o.task_id = a.task_id and o.agency_code = 'BYT') = 1
      order by a.id desc limit 1`.execute(db)
    if (victim === undefined) throw new Error('no BYT assignment alone on its task')
    const current = await get(`/v1/assignments/${victim.id}`)
    const cancelled = await app.inject({ method: 'PATCH', url: `/v1/assignments/${victim.id}`, ...json({ state: 'cancelled' }, { ...bearer(keys.secretariat), 'if-match': current.headers.etag as string }) })
    t.equal(cancelled.statusCode, 200)
    const line = { ...base, agencyCode: 'BYT', title: 'Nhiệm vụ đã hủy giao' }
    const byTask = await create({ ...line, taskId: victim.taskId })
    t.equal(byTask.statusCode, 422)
    t.same(fieldsOf(byTask), ['/taskId'])
    const byAssignment = await create({ ...line, assignmentId: victim.id })
    t.equal(byAssignment.statusCode, 422, 'linking the cancelled assignment itself is refused as well')
    t.same(fieldsOf(byAssignment), ['/assignmentId'])
  })

  t.test('a product sets its technology; a technology that is not the product\'s is refused', async (t) => {
    const { rows } = await sql<{ code: string, id: number }>`
      select code, id from catalogue_product where code in ('P-5G', 'P-LLM-VI', 'P-UAV')
      union all select code, id from catalogue_technology where code in ('T1131-01', 'T1131-03', 'T1131-04')`.execute(db)
    const id = Object.fromEntries(rows.map((r) => [r.code, r.id])) as Record<string, number>
    const fiveG = await create({ ...base, title: 'Thiết bị 5G', productId: id['P-5G'] })
    t.equal(fiveG.statusCode, 201)
    t.match(fiveG.json(), { productId: id['P-5G'], technologyId: id['T1131-04'] })
    const url = `/v1/funding/lines/${fiveG.json().id as number}`
    const toLlm = await send(keys.secretariat, 'PATCH', url, { productId: id['P-LLM-VI'] }, { 'if-match': '"1"' })
    t.equal(toLlm.statusCode, 200)
    t.match(toLlm.json(), { productId: id['P-LLM-VI'], technologyId: id['T1131-01'] })
    const otherTechnology = await send(keys.secretariat, 'PATCH', url, { technologyId: id['T1131-03'] }, { 'if-match': '"2"' })
    t.equal(otherTechnology.statusCode, 200)
    t.match(otherTechnology.json(), { productId: null, technologyId: id['T1131-03'] }, 'another technology unlinks the product')
    const conflicting = await create({ ...base, productId: id['P-5G'], technologyId: id['T1131-01'] })
    t.equal(conflicting.statusCode, 422)
    t.same(fieldsOf(conflicting), ['/productId'])
    const noTechnology = await create({ ...base, productId: id['P-UAV'] })
    t.equal(noTechnology.statusCode, 201)
    t.match(noTechnology.json(), { productId: id['P-UAV'], technologyId: null })
    const unknown = await create({ ...base, productId: 999999 })
    t.equal(unknown.statusCode, 422)
    t.same(fieldsOf(unknown), ['/productId'])
    const listed = (await get(`/v1/funding/lines?productId=${id['P-UAV']}`)).json().items
    t.same(listed.map((l: { id: number }) => l.id), [noTechnology.json().id])
  })

  t.test('a figure dated after today is 422; reading as of a later day is 400', async (t) => {
    const tomorrow = '2026-07-21'
    const future = await create({ ...base, estimate: '5', asOf: tomorrow })
    t.equal(future.statusCode, 422)
    t.same(fieldsOf(future), ['/asOf'])
    const today = await create({ ...base, estimate: '5', asOf: TODAY })
    t.equal(today.statusCode, 201, 'today is fine')
    const url = `/v1/funding/lines/${today.json().id as number}`
    const patched = await send(keys.secretariat, 'PATCH', url, { estimate: '6', asOf: tomorrow }, { 'if-match': '"1"' })
    t.equal(patched.statusCode, 422)
    t.same(fieldsOf(patched), ['/asOf'])
    const batch = await send(btc, 'POST', '/v1/funding/batches?dryRun=true', { lines: [{ externalId: 'F-1', ...base, estimate: '1', asOf: TODAY }, { externalId: 'F-2', ...base, estimate: '1', asOf: tomorrow }] })
    t.equal(batch.statusCode, 422)
    t.same(batch.json().errors.map((e: { row: number, field: string }) => [e.row, e.field]), [[2, '/lines/1/asOf']])
    t.equal((await create({ ...base, estimate: '5', asOf: '2026-02-30' })).statusCode, 400, 'not a date')
    t.equal((await get(`${url}?asOf=${tomorrow}`)).statusCode, 400)
    t.equal((await get(`/v1/funding/totals?asOf=${tomorrow}`)).statusCode, 400)
    t.equal((await get(`/v1/funding/lines?asOf=${tomorrow}`)).statusCode, 400)
    t.match(await get(url).then((r) => r.json()), { version: 1, figures: { estimate: { amount: '5', asOf: TODAY } } })
  })

  t.test('SQL-like text in a title or an externalId is stored and returned verbatim', async (t) => {
    const title = 'Robert\'); DROP TABLE funding_line; -- "trích dẫn" \\ %_ $1 ::text; select pg_sleep(5);'
    const externalId = 'X\');DROP_TABLE_funding_line;--\'"\\%_$1'
    const created = await create({ ...base, title, externalId, estimate: '1' })
    t.equal(created.statusCode, 201)
    const id = created.json().id as number
    t.match((await get(`/v1/funding/lines/${id}`)).json(), { title, externalId })
    const { rows: [stored] } = await sql<{ title: string, externalId: string }>`select title, external_id from funding_line where id = ${id}`.execute(db)
    t.same(stored, { title, externalId })
    // Through a batch, the same externalId of the same sender finds the same line.
    const batchTitle = '\'; update funding_line set estimate = 0; --'
    const batch = await send(keys.secretariat, 'POST', '/v1/funding/batches?dryRun=false', { lines: [{ externalId, title: batchTitle }] })
    t.equal(batch.statusCode, 200)
    t.match(batch.json(), { created: 0, updated: 1, lines: [{ lineId: id, externalId, operation: 'update', changes: [{ field: 'title', from: title, to: batchTitle }] }] })
    t.match((await get(`/v1/funding/lines/${id}`)).json(), { title: batchTitle, figures: { estimate: { amount: '1' } } })
    const csv = (await get('/v1/funding/lines.csv?agency=BKHCN&fiscalYear=2026&source=central&field=science_technology')).body
    t.ok(csv.includes(`,${externalId.replace(/"/g, '""').replace(/^/, '"')}",secretariat,2026,BKHCN,central,science_technology,'; update funding_line set estimate = 0; --,`), 'the export carries both verbatim')
    t.equal((await get('/v1/funding/lines?agency=BKHCN%27--')).statusCode, 400, 'a filter is checked, not pasted')
  })

  t.test('amounts beyond 2^53 are exact on the line, in history, in the export and in totals', async (t) => {
    const big = await create({ ...base, fiscalYear: 2031, estimate: '900719925474099312', allocated: '900719925474099301', disbursed: '9007199254740993' })
    t.equal(big.statusCode, 201)
    const small = await create({ ...base, fiscalYear: 2031, agencyCode: 'BYT', estimate: '7', allocated: '3', disbursed: '1' })
    t.equal(small.statusCode, 201)
    const id = big.json().id as number
    t.match((await get(`/v1/funding/lines/${id}`)).json(), {
      unallocated: '11',
      figures: { estimate: { amount: '900719925474099312' }, allocated: { amount: '900719925474099301' }, disbursed: { amount: '9007199254740993' } }
    })
    const { rows: [stored] } = await sql<{ estimate: string }>`select estimate::text as estimate from funding_line where id = ${id}`.execute(db)
    t.equal(stored?.estimate, '900719925474099312')
    t.same((await get(`/v1/funding/lines/${id}/history`)).json().items.map((e: { amount: string }) => e.amount).sort(), ['9007199254740993', '900719925474099301', '900719925474099312'])
    const csv = (await get('/v1/funding/lines.csv?fiscalYear=2031&agency=BKHCN')).body
    t.ok(csv.includes(',900719925474099312,900719925474099301,9007199254740993,0,11,,'), 'the export row carries the exact amounts')

    const totals = (await get('/v1/funding/totals?fiscalYear=2031&groupBy=fiscalYear')).json()
    // 900719925474099312 + 7, 900719925474099301 + 3, 9007199254740993 + 1; rates rounded to 4 decimals.
    t.same(totals.groups, [{
      key: '2031', name: null, lines: 2, registered: '0', estimate: '900719925474099319', allocated: '900719925474099304', disbursed: '9007199254740994', carriedOver: '0',
      unallocated: '15', allocationRate: 1, disbursementRate: 0.01
    }])
    t.match(totals.total, { lines: 2, estimate: '900719925474099319', unallocated: '15' })
  })

  t.test('totals past 18 digits stay exact and within the contract', async (t) => {
    // Each line holds at most 18 digits; their sum may hold 19, which the totals must still answer.
    for (const agencyCode of ['BKHCN', 'BYT']) {
      t.equal((await create({ ...base, fiscalYear: 2032, agencyCode, estimate: '900719925474099312' })).statusCode, 201)
    }
    const totals = await get('/v1/funding/totals?fiscalYear=2032&groupBy=fiscalYear')
    t.equal(totals.statusCode, 200)
    t.match(totals.json().total, { lines: 2, estimate: '1801439850948198624', unallocated: '1801439850948198624', allocationRate: 0 })
  })
})
