import t from 'tap'
import { sql } from 'kysely'
import type { LightMyRequestResponse } from 'fastify'
import { bearer, buildTestApp, json } from '../../helper.js'

// Totals, filters, the CSV export and a line read as of a past date, over a small fixture whose
// every figure has a known date. Every expected number below was worked out by hand from the
// fixture (table in the comment), never taken from the API.
const TODAY = '2026-07-20'

/*
 * The fixture (amounts in thousand million đồng, written by the Standing Office in four batches):
 *
 *        agency    FY    source     field                   link                         2026-02-15          2026-04-15 (sent last)  2026-05-31                 2026-07-20 (today)
 *   L1   BKHCN     2026  central    science_technology      assignment a1 (notice N1),   reg 150, est 120    alloc 60 (back-dated)   alloc 90, disb 30          disb 45
 *                                                           product P-LLM-VI (T1131-01)
 *   L2   BKHCN     2026  local      innovation              technology T1131-04          reg 40, est 30                              alloc 30                   disb 12
 *   L3   BYT       2026  central    digital_transformation  assignment a3 (notice N3)    reg 60, est 50                              est 55, alloc 40, disb 10  carried over 5
 *   L4   AN-GIANG  2025  local      digital_transformation  —                            est 20                                      alloc 20, disb 5           disb 25 (override)
 *   L5   BTC       2026  non_state  innovation              assignment a5 (notice N1,    est 10                                                                 alloc 8
 *                                                           another task), T1131-01
 */
const B = '000000000' // thousand million: the fixture's unit, spelled out in each literal below

interface Sums { lines: number, registered: string, estimate: string, allocated: string, disbursed: string, carriedOver: string, unallocated: string, allocationRate: number | null, disbursementRate: number | null }
const sums = (lines: number, registered: string, estimate: string, allocated: string, disbursed: string, carriedOver: string, unallocated: string, allocationRate: number | null, disbursementRate: number | null): Sums =>
  ({ lines, registered, estimate, allocated, disbursed, carriedOver, unallocated, allocationRate, disbursementRate })
const ZERO = (lines: number): Sums => sums(lines, '0', '0', '0', '0', '0', '0', null, null)

t.test('funding totals', async (t) => {
  const { app, db, keys } = await buildTestApp(t, { today: TODAY })
  const get = async (url: string): Promise<LightMyRequestResponse> => await app.inject({ method: 'GET', url, headers: bearer(keys.reader) })
  const totals = async (query: string): Promise<{ groupBy: string, asOf: string, groups: Array<Sums & { key: string | null, name: string | null }>, total: Sums }> => {
    const res = await get(`/v1/funding/totals?${query}`)
    t.equal(res.statusCode, 200, query)
    return res.json()
  }

  // The links, from the seed: a1 = BKHCN's first assignment; a5 = a BTC assignment on another task of the same notice; a3 = a BYT assignment of another notice.
  const { rows: [a1] } = await sql<{ id: number, taskId: number, noticeId: number }>`
    select a.id, a.task_id, t.notice_id from assignment a join task t on t.id = a.task_id where a.agency_code = 'BKHCN' and a.state = 'open' order by a.id limit 1`.execute(db)
  if (a1 === undefined) throw new Error('no BKHCN assignment')
  const { rows: [a5] } = await sql<{ id: number, taskId: number }>`
    select a.id, a.task_id from assignment a join task t on t.id = a.task_id
    where a.agency_code = 'BTC' and a.state = 'open' and t.notice_id = ${a1.noticeId} and a.task_id <> ${a1.taskId} order by a.id limit 1`.execute(db)
  const { rows: [a3] } = await sql<{ id: number, taskId: number, noticeId: number }>`
    select a.id, a.task_id, t.notice_id from assignment a join task t on t.id = a.task_id
    where a.agency_code = 'BYT' and a.state = 'open' and t.notice_id <> ${a1.noticeId} order by a.id limit 1`.execute(db)
  if (a5 === undefined || a3 === undefined) throw new Error('the seed lacks the assignments of the fixture')
  const { rows: notices } = await sql<{ id: number, number: string, title: string }>`select id, number, title from notice where id in (${a1.noticeId}, ${a3.noticeId})`.execute(db)
  const n1 = notices.find((n) => n.id === a1.noticeId)
  const n3 = notices.find((n) => n.id === a3.noticeId)
  const { rows: catalogue } = await sql<{ code: string, id: number }>`
    select code, id from catalogue_product where code = 'P-LLM-VI' union all select code, id from catalogue_technology where code in ('T1131-01', 'T1131-04')`.execute(db)
  const cat = Object.fromEntries(catalogue.map((r) => [r.code, r.id])) as Record<'P-LLM-VI' | 'T1131-01' | 'T1131-04', number>
  const T01 = 'Công nghệ trí tuệ nhân tạo, bản sao số, thực tế ảo/thực tế tăng cường'
  const T04 = 'Công nghệ mạng di động thế hệ sau (5G/6G)'

  const write = async (lines: unknown[]): Promise<LightMyRequestResponse> =>
    await app.inject({ method: 'POST', url: '/v1/funding/batches?dryRun=false', ...json({ lines }, bearer(keys.secretariat)) })
  const first = await write([
    { externalId: 'L1', fiscalYear: 2026, agencyCode: 'BKHCN', source: 'central', field: 'science_technology', title: 'Mô hình ngôn ngữ lớn tiếng Việt', assignmentId: a1.id, productId: cat['P-LLM-VI'], registered: `150${B}`, estimate: `120${B}`, asOf: '2026-02-15' },
    { externalId: 'L2', fiscalYear: 2026, agencyCode: 'BKHCN', source: 'local', field: 'innovation', title: 'Mạng 5G dùng riêng', technologyId: cat['T1131-04'], registered: `40${B}`, estimate: `30${B}`, asOf: '2026-02-15' },
    { externalId: 'L3', fiscalYear: 2026, agencyCode: 'BYT', source: 'central', field: 'digital_transformation', title: 'Hồ sơ sức khỏe điện tử', assignmentId: a3.id, registered: `60${B}`, estimate: `50${B}`, asOf: '2026-02-15' },
    { externalId: 'L4', fiscalYear: 2025, agencyCode: 'AN-GIANG', source: 'local', field: 'digital_transformation', title: 'Chính quyền số An Giang', estimate: `20${B}`, asOf: '2026-02-15' },
    { externalId: 'L5', fiscalYear: 2026, agencyCode: 'BTC', source: 'non_state', field: 'innovation', title: 'Quỹ đầu tư mạo hiểm', assignmentId: a5.id, technologyId: cat['T1131-01'], estimate: `10${B}`, asOf: '2026-02-15' }
  ])
  t.equal(first.statusCode, 200)
  const id = Object.fromEntries(first.json().lines.map((l: { externalId: string, lineId: number }) => [l.externalId, l.lineId])) as Record<'L1' | 'L2' | 'L3' | 'L4' | 'L5', number>
  t.equal((await write([
    { externalId: 'L1', allocated: `90${B}`, disbursed: `30${B}`, asOf: '2026-05-31' },
    { externalId: 'L2', allocated: `30${B}`, asOf: '2026-05-31' },
    { externalId: 'L3', estimate: `55${B}`, allocated: `40${B}`, disbursed: `10${B}`, asOf: '2026-05-31' },
    { externalId: 'L4', allocated: `20${B}`, disbursed: `5${B}`, asOf: '2026-05-31' }
  ])).statusCode, 200)
  t.equal((await write([
    { externalId: 'L1', disbursed: `45${B}` },
    { externalId: 'L2', disbursed: `12${B}` },
    { externalId: 'L3', carriedOver: `5${B}` },
    { externalId: 'L4', disbursed: `25${B}`, overrideReason: 'Tạm ứng vốn năm 2026' },
    { externalId: 'L5', allocated: `8${B}` }
  ])).statusCode, 200)
  t.equal((await write([{ externalId: 'L1', allocated: `60${B}`, asOf: '2026-04-15' }])).statusCode, 200)

  t.test('by agency, as of four dates: before any figure, two in between, today', async (t) => {
    const before = await totals('groupBy=agency&asOf=2026-01-31')
    t.equal(before.asOf, '2026-01-31')
    t.same(before.groups, [
      { key: 'AN-GIANG', name: 'Tỉnh An Giang', ...ZERO(1) },
      { key: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', ...ZERO(2) },
      { key: 'BTC', name: 'Bộ Tài chính', ...ZERO(1) },
      { key: 'BYT', name: 'Bộ Y tế', ...ZERO(1) }
    ], 'every line is counted in its group, with nothing yet')
    t.same(before.total, ZERO(5))

    // 2026-04-30: the first batch, and L1's allocation of 60 dated 2026-04-15 (sent last, back-dated).
    const april = await totals('groupBy=agency&asOf=2026-04-30')
    t.same(april.groups, [
      { key: 'AN-GIANG', name: 'Tỉnh An Giang', ...sums(1, '0', '20000000000', '0', '0', '0', '20000000000', 0, null) },
      { key: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', ...sums(2, '190000000000', '150000000000', '60000000000', '0', '0', '90000000000', 0.4, 0) },
      { key: 'BTC', name: 'Bộ Tài chính', ...sums(1, '0', '10000000000', '0', '0', '0', '10000000000', 0, null) },
      { key: 'BYT', name: 'Bộ Y tế', ...sums(1, '60000000000', '50000000000', '0', '0', '0', '50000000000', 0, null) }
    ])
    // 60 ÷ 230 = 0.26086… → 0.2609
    t.same(april.total, sums(5, '250000000000', '230000000000', '60000000000', '0', '0', '170000000000', 0.2609, 0))

    const june = await totals('groupBy=agency&asOf=2026-06-30')
    t.same(june.groups, [
      { key: 'AN-GIANG', name: 'Tỉnh An Giang', ...sums(1, '0', '20000000000', '20000000000', '5000000000', '0', '0', 1, 0.25) },
      { key: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', ...sums(2, '190000000000', '150000000000', '120000000000', '30000000000', '0', '30000000000', 0.8, 0.25) },
      { key: 'BTC', name: 'Bộ Tài chính', ...sums(1, '0', '10000000000', '0', '0', '0', '10000000000', 0, null) },
      // 40 ÷ 55 = 0.72727… → 0.7273
      { key: 'BYT', name: 'Bộ Y tế', ...sums(1, '60000000000', '55000000000', '40000000000', '10000000000', '0', '15000000000', 0.7273, 0.25) }
    ])
    // 180 ÷ 235 = 0.765957… → 0.766
    t.same(june.total, sums(5, '250000000000', '235000000000', '180000000000', '45000000000', '0', '55000000000', 0.766, 0.25))

    const today = await totals('groupBy=agency')
    t.equal(today.asOf, TODAY)
    t.equal(today.groupBy, 'agency')
    const todayGroups = [
      // disbursed above allocated (with its reason): 25 ÷ 20 = 1.25
      { key: 'AN-GIANG', name: 'Tỉnh An Giang', ...sums(1, '0', '20000000000', '20000000000', '25000000000', '0', '0', 1, 1.25) },
      // 57 ÷ 120 = 0.475
      { key: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', ...sums(2, '190000000000', '150000000000', '120000000000', '57000000000', '0', '30000000000', 0.8, 0.475) },
      { key: 'BTC', name: 'Bộ Tài chính', ...sums(1, '0', '10000000000', '8000000000', '0', '0', '2000000000', 0.8, 0) },
      { key: 'BYT', name: 'Bộ Y tế', ...sums(1, '60000000000', '55000000000', '40000000000', '10000000000', '5000000000', '15000000000', 0.7273, 0.25) }
    ]
    t.same(today.groups, todayGroups)
    // 188 ÷ 235 = 0.8; 92 ÷ 188 = 0.48936… → 0.4894
    t.same(today.total, sums(5, '250000000000', '235000000000', '188000000000', '92000000000', '5000000000', '47000000000', 0.8, 0.4894))
    t.same((await totals(`asOf=${TODAY}`)).groups, todayGroups, 'agency is the default grouping; asOf today is today')
  })

  t.test('by field, source, notice, technology and fiscal year', async (t) => {
    const field = await totals('groupBy=field')
    t.same(field.groups, [
      // L3 + L4: 35 ÷ 60 = 0.58333… → 0.5833
      { key: 'digital_transformation', name: null, ...sums(2, '60000000000', '75000000000', '60000000000', '35000000000', '5000000000', '15000000000', 0.8, 0.5833) },
      // L2 + L5: 38 ÷ 40 = 0.95; 12 ÷ 38 = 0.31578… → 0.3158
      { key: 'innovation', name: null, ...sums(2, '40000000000', '40000000000', '38000000000', '12000000000', '0', '2000000000', 0.95, 0.3158) },
      { key: 'science_technology', name: null, ...sums(1, '150000000000', '120000000000', '90000000000', '45000000000', '0', '30000000000', 0.75, 0.5) }
    ])

    const source = await totals('groupBy=source')
    t.same(source.groups, [
      // L1 + L3: 130 ÷ 175 = 0.742857… → 0.7429; 55 ÷ 130 = 0.423076… → 0.4231
      { key: 'central', name: null, ...sums(2, '210000000000', '175000000000', '130000000000', '55000000000', '5000000000', '45000000000', 0.7429, 0.4231) },
      // L2 + L4: 37 ÷ 50 = 0.74
      { key: 'local', name: null, ...sums(2, '40000000000', '50000000000', '50000000000', '37000000000', '0', '0', 1, 0.74) },
      { key: 'non_state', name: null, ...sums(1, '0', '10000000000', '8000000000', '0', '0', '2000000000', 0.8, 0) }
    ])
    const sourceJune = await totals('groupBy=source&asOf=2026-06-30')
    t.same(sourceJune.groups, [
      // 40 ÷ 130 = 0.307692… → 0.3077
      { key: 'central', name: null, ...sums(2, '210000000000', '175000000000', '130000000000', '40000000000', '0', '45000000000', 0.7429, 0.3077) },
      { key: 'local', name: null, ...sums(2, '40000000000', '50000000000', '50000000000', '5000000000', '0', '0', 1, 0.1) },
      { key: 'non_state', name: null, ...sums(1, '0', '10000000000', '0', '0', '0', '10000000000', 0, null) }
    ])

    const notice = await totals('groupBy=notice')
    t.same(notice.groups, [
      // L1 + L5: 98 ÷ 130 = 0.753846… → 0.7538; 45 ÷ 98 = 0.459183… → 0.4592
      { key: n1?.number, name: n1?.title, ...sums(2, '150000000000', '130000000000', '98000000000', '45000000000', '0', '32000000000', 0.7538, 0.4592) },
      { key: n3?.number, name: n3?.title, ...sums(1, '60000000000', '55000000000', '40000000000', '10000000000', '5000000000', '15000000000', 0.7273, 0.25) },
      { key: null, name: null, ...sums(2, '40000000000', '50000000000', '50000000000', '37000000000', '0', '0', 1, 0.74) }
    ], 'lines without a task last, under null')

    const technology = await totals('groupBy=technology')
    t.same(technology.groups, [
      { key: 'T1131-01', name: T01, ...sums(2, '150000000000', '130000000000', '98000000000', '45000000000', '0', '32000000000', 0.7538, 0.4592) },
      // 12 ÷ 30 = 0.4
      { key: 'T1131-04', name: T04, ...sums(1, '40000000000', '30000000000', '30000000000', '12000000000', '0', '0', 1, 0.4) },
      { key: null, name: null, ...sums(2, '60000000000', '75000000000', '60000000000', '35000000000', '5000000000', '15000000000', 0.8, 0.5833) }
    ])
    const technologyApril = await totals('groupBy=technology&asOf=2026-04-30')
    t.same(technologyApril.groups, [
      // 60 ÷ 130 = 0.461538… → 0.4615
      { key: 'T1131-01', name: T01, ...sums(2, '150000000000', '130000000000', '60000000000', '0', '0', '70000000000', 0.4615, 0) },
      { key: 'T1131-04', name: T04, ...sums(1, '40000000000', '30000000000', '0', '0', '0', '30000000000', 0, null) },
      { key: null, name: null, ...sums(2, '60000000000', '70000000000', '0', '0', '0', '70000000000', 0, null) }
    ])

    const year = await totals('groupBy=fiscalYear')
    t.same(year.groups, [
      { key: '2025', name: null, ...sums(1, '0', '20000000000', '20000000000', '25000000000', '0', '0', 1, 1.25) },
      // 168 ÷ 215 = 0.781395… → 0.7814; 67 ÷ 168 = 0.398809… → 0.3988
      { key: '2026', name: null, ...sums(4, '250000000000', '215000000000', '168000000000', '67000000000', '5000000000', '47000000000', 0.7814, 0.3988) }
    ])
    t.same(year.total, sums(5, '250000000000', '235000000000', '188000000000', '92000000000', '5000000000', '47000000000', 0.8, 0.4894), 'the same grand total whatever the grouping')
  })

  t.test('filters select the lines they name', async (t) => {
    const L1 = sums(1, '150000000000', '120000000000', '90000000000', '45000000000', '0', '30000000000', 0.75, 0.5)
    const L1L5 = sums(2, '150000000000', '130000000000', '98000000000', '45000000000', '0', '32000000000', 0.7538, 0.4592)
    t.same((await totals('fiscalYear=2025')).total, sums(1, '0', '20000000000', '20000000000', '25000000000', '0', '0', 1, 1.25))
    t.same((await totals('agency=BKHCN')).total, sums(2, '190000000000', '150000000000', '120000000000', '57000000000', '0', '30000000000', 0.8, 0.475))
    t.same((await totals('agency=BKHCN&asOf=2026-04-30')).total, sums(2, '190000000000', '150000000000', '60000000000', '0', '0', '90000000000', 0.4, 0))
    t.same((await totals('source=central')).total, sums(2, '210000000000', '175000000000', '130000000000', '55000000000', '5000000000', '45000000000', 0.7429, 0.4231))
    t.same((await totals('field=innovation')).total, sums(2, '40000000000', '40000000000', '38000000000', '12000000000', '0', '2000000000', 0.95, 0.3158))
    t.same((await totals(`taskId=${a1.taskId}`)).total, L1, 'the task: L1 only (L5 is on another task of the notice)')
    t.same((await totals(`noticeId=${a1.noticeId}`)).total, L1L5, 'the notice: both its tasks')
    t.same((await totals(`technologyId=${cat['T1131-01']}`)).total, L1L5, 'the technology: through the product (L1) and directly (L5)')
    t.same((await totals(`productId=${cat['P-LLM-VI']}`)).total, L1)
    const narrow = await totals('fiscalYear=2026&field=digital_transformation&groupBy=agency')
    t.same(narrow.groups.map((g) => g.key), ['BYT'])
    t.same(narrow.total, sums(1, '60000000000', '55000000000', '40000000000', '10000000000', '5000000000', '15000000000', 0.7273, 0.25))
    t.same(await totals('agency=BNG'), { groupBy: 'agency', asOf: TODAY, groups: [], total: ZERO(0) }, 'no line: no group, zero total')

    const listed = (await get('/v1/funding/lines?source=central&asOf=2026-06-30')).json()
    t.same(listed.items.map((l: { externalId: string, figures: { disbursed: { amount: string } } }) => `${l.externalId} ${l.figures.disbursed.amount}`), ['L1 30000000000', 'L3 10000000000'])
    // The list pages through the lines in id order.
    const pageOne = (await get('/v1/funding/lines?limit=2')).json()
    const pageTwo = (await get(`/v1/funding/lines?limit=2&cursor=${pageOne.nextCursor as string}`)).json()
    const pageThree = (await get(`/v1/funding/lines?limit=2&cursor=${pageTwo.nextCursor as string}`)).json()
    t.same([...pageOne.items, ...pageTwo.items, ...pageThree.items].map((l: { externalId: string }) => l.externalId), ['L1', 'L2', 'L3', 'L4', 'L5'])
    t.equal(pageThree.nextCursor, null)
    t.equal((await get('/v1/funding/totals?groupBy=province')).statusCode, 400)
    t.equal((await get('/v1/funding/totals?asOf=2026-07-21')).statusCode, 400)
  })

  t.test('a line as of a date: each figure\'s value and the date it holds from', async (t) => {
    const url = `/v1/funding/lines/${id.L1}`
    const april = (await get(`${url}?asOf=2026-04-30`)).json()
    t.equal(april.asOf, '2026-04-30')
    t.equal(april.unallocated, '60000000000')
    t.same(april.figures, {
      registered: { amount: '150000000000', asOf: '2026-02-15' },
      estimate: { amount: '120000000000', asOf: '2026-02-15' },
      allocated: { amount: '60000000000', asOf: '2026-04-15' },
      disbursed: { amount: '0', asOf: null },
      carriedOver: { amount: '0', asOf: null }
    })
    const january = (await get(`${url}?asOf=2026-01-31`)).json()
    t.same(january.figures, {
      registered: { amount: '0', asOf: null }, estimate: { amount: '0', asOf: null }, allocated: { amount: '0', asOf: null }, disbursed: { amount: '0', asOf: null }, carriedOver: { amount: '0', asOf: null }
    })
    t.equal(january.unallocated, '0')
    const current = (await get(url)).json()
    t.equal(current.asOf, TODAY)
    t.same(current.figures, {
      registered: { amount: '150000000000', asOf: '2026-02-15' },
      estimate: { amount: '120000000000', asOf: '2026-02-15' },
      allocated: { amount: '90000000000', asOf: '2026-05-31' },
      disbursed: { amount: '45000000000', asOf: TODAY },
      carriedOver: { amount: '0', asOf: null }
    }, 'the back-dated 60 is history; 90 stays current')
    t.same((await get(`${url}?asOf=${TODAY}`)).json(), current)
    t.match(current, { taskId: a1.taskId, assignmentId: a1.id, noticeId: a1.noticeId, productId: cat['P-LLM-VI'], technologyId: cat['T1131-01'], senderCode: 'secretariat' })

    const overridden = `/v1/funding/lines/${id.L4}`
    t.equal((await get(overridden)).json().overrideReason, 'Tạm ứng vốn năm 2026')
    const june = (await get(`${overridden}?asOf=2026-06-30`)).json()
    t.same([june.figures.allocated.amount, june.figures.disbursed.amount], ['20000000000', '5000000000'])
    // overrideReason: "the reason in force for disbursed above allocated (null when it is not)"; on 2026-06-30 it was not.
    t.equal(june.overrideReason, null, 'no override in force on a date when disbursed was within allocated')
  })

  t.test('the CSV export: a BOM, the columns, the figures as of the date asked', async (t) => {
    const header = 'id,externalId,senderCode,fiscalYear,agencyCode,source,field,title,taskId,assignmentId,noticeId,technologyId,productId,programme,' +
      'registered,estimate,allocated,disbursed,carriedOver,unallocated,overrideReason,asOf\r\n'
    const june = await get('/v1/funding/lines.csv?agency=BKHCN&asOf=2026-06-30')
    t.equal(june.statusCode, 200)
    t.equal(june.headers['content-type'], 'text/csv; charset=utf-8')
    t.equal(june.headers['content-disposition'], 'attachment; filename="funding-lines.csv"')
    t.equal(june.body, '\uFEFF' + header +
      `${id.L1},L1,secretariat,2026,BKHCN,central,science_technology,Mô hình ngôn ngữ lớn tiếng Việt,${a1.taskId},${a1.id},${a1.noticeId},${cat['T1131-01']},${cat['P-LLM-VI']},,150000000000,120000000000,90000000000,30000000000,0,30000000000,,2026-06-30\r\n` +
      `${id.L2},L2,secretariat,2026,BKHCN,local,innovation,Mạng 5G dùng riêng,,,,${cat['T1131-04']},,,40000000000,30000000000,30000000000,0,0,0,,2026-06-30\r\n`)
    const today = await get('/v1/funding/lines.csv?fiscalYear=2025')
    t.equal(today.body, '\uFEFF' + header +
      `${id.L4},L4,secretariat,2025,AN-GIANG,local,digital_transformation,Chính quyền số An Giang,,,,,,,0,20000000000,20000000000,25000000000,0,0,Tạm ứng vốn năm 2026,${TODAY}\r\n`)
    const january = await get(`/v1/funding/lines.csv?technologyId=${cat['T1131-01']}&asOf=2026-01-31`)
    t.same(january.body.split('\r\n').slice(1).map((row) => row.split(',').slice(14).join(',')), [
      '0,0,0,0,0,0,,2026-01-31',
      '0,0,0,0,0,0,,2026-01-31',
      ''
    ], 'L1 and L5, nothing yet')
    t.equal((await get('/v1/funding/lines.csv?asOf=2026-07-21')).statusCode, 400)
  })
})
