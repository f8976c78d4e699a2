import t from 'tap'
import { sql } from 'kysely'
import type { LightMyRequestResponse } from 'fastify'
import { bearer, buildTestApp, json } from '../../helper.js'

// Bulk upsert of funding lines keyed by (sender, externalId): a dry run tells exactly what the write
// does, a write is all or nothing, sending the same batch again changes nothing, CSV works like JSON.
const TODAY = '2026-07-20'

interface Counts { lines: number, figures: number, audit: number, changes: number }
interface FeedItem { entity: string, id: number, operation: string, version: number | null }
interface LineChange { row: number, externalId: string | null, lineId: number | null, operation: string, changes: unknown[] }

const BOM = '\uFEFF'
const pairs = (res: LightMyRequestResponse): Array<[number | undefined, string]> =>
  ((res.json() as { errors?: Array<{ row?: number, field: string }> }).errors ?? []).map((e) => [e.row, e.field])

t.test('funding batches', async (t) => {
  const { app, db, inject, integrationKey } = await buildTestApp(t, { today: TODAY })
  const btc = await integrationKey('BTC')
  const bkhcnSystem = await integrationKey('BKHCN')

  const batch = async (key: string, body: unknown, query = 'dryRun=false', headers: Record<string, string> = {}): Promise<LightMyRequestResponse> =>
    await app.inject({ method: 'POST', url: `/v1/funding/batches${query === '' ? '' : `?${query}`}`, ...json(body, { ...bearer(key), ...headers }) })
  const csvBatch = async (key: string, text: string, query = 'dryRun=false'): Promise<LightMyRequestResponse> =>
    await app.inject({ method: 'POST', url: `/v1/funding/batches?${query}`, payload: text, headers: { ...bearer(key), 'content-type': 'text/csv; charset=utf-8' } })
  const counts = async (): Promise<Counts> => {
    const { rows: [row] } = await sql<Counts>`select (select count(*)::integer from funding_line) as lines, (select count(*)::integer from funding_figure) as figures,
      (select count(*)::integer from audit_log) as audit, (select count(*)::integer from change_log) as changes`.execute(db)
    if (row === undefined) throw new Error('no counts')
    return row
  }
  const getLine = async (id: number, query = ''): Promise<{ version: number, title: string, figures: Record<string, { amount: string, asOf: string | null }> } & Record<string, unknown>> =>
    (await inject({ method: 'GET', url: `/v1/funding/lines/${id}${query}` })).json()

  // The change feed from where it stands, walked page by page (the seed alone fills several).
  let cursor: string | undefined
  const newFundingChanges = async (): Promise<string[]> => {
    const seen: string[] = []
    for (;;) {
      const page = (await inject({ method: 'GET', url: `/v1/changes?limit=1000${cursor === undefined ? '' : `&after=${cursor}`}` })).json() as { items: FeedItem[], nextCursor: string }
      cursor = page.nextCursor
      if (page.items.length === 0) return seen
      seen.push(...page.items.filter((i) => i.entity === 'funding_line').map((i) => `${i.operation} ${i.id} v${String(i.version)}`))
    }
  }
  t.same(await newFundingChanges(), [], 'the seed has no funding line')

  const batchA = {
    lines: [
      { externalId: 'BTC-2026-0001', fiscalYear: 2026, agencyCode: 'BKHCN', source: 'central', field: 'science_technology', title: 'Dự toán chi sự nghiệp KH&CN', estimate: '120000000000', allocated: '90000000000', disbursed: '30500000000', asOf: '2026-06-30' },
      { externalId: 'BTC-2026-0002', fiscalYear: 2026, agencyCode: 'BYT', source: 'central', field: 'digital_transformation', title: 'Chuyển đổi số y tế', estimate: '50000000000', allocated: '40000000000', asOf: '2026-06-30' },
      { externalId: 'BTC-2026-0003', fiscalYear: 2026, agencyCode: 'AN-GIANG', source: 'local', field: 'innovation', title: 'Đổi mới sáng tạo An Giang', estimate: '8000000000', asOf: '2026-05-31' },
      { externalId: 'BTC-2026-0004', fiscalYear: 2026, agencyCode: 'BKHCN', source: 'other_public', field: 'innovation', title: 'Quỹ đổi mới công nghệ quốc gia', estimate: '2000000000', allocated: '2000000000', disbursed: '1000000000' }
    ]
  }
  const batchB = {
    lines: [
      { externalId: 'BTC-2026-0001', allocated: '95000000000', disbursed: '41000000000', asOf: '2026-07-15' },
      { externalId: 'BTC-2026-0002', estimate: '50000000000', allocated: '40000000000', asOf: '2026-06-30' },
      { externalId: 'BTC-2026-0003', title: 'Đổi mới sáng tạo tỉnh An Giang', carriedOver: '500000000', asOf: '2026-07-01' },
      { externalId: 'BTC-2026-0005', fiscalYear: 2027, agencyCode: 'BYT', source: 'non_state', field: 'science_technology', title: 'Hợp tác công tư', estimate: '1000000' }
    ]
  }
  const ids: Record<string, number> = {}

  t.test('a dry run (the default) answers exactly what the write then does, and writes nothing', async (t) => {
    const before = await counts()
    const dry = await batch(btc, batchA, '')
    t.equal(dry.statusCode, 200)
    t.same(dry.json(), {
      dryRun: true,
      received: 4,
      created: 4,
      updated: 0,
      unchanged: 0,
      lines: ['BTC-2026-0001', 'BTC-2026-0002', 'BTC-2026-0003', 'BTC-2026-0004'].map((externalId, i) => ({ row: i + 1, externalId, lineId: null, operation: 'create', changes: [] }))
    })
    t.same(await counts(), before, 'no line, figure, audit entry or change written by the dry run')
    t.same(await newFundingChanges(), [])

    const written = await batch(btc, batchA)
    t.equal(written.statusCode, 200)
    const body = written.json() as { dryRun: boolean, lines: LineChange[] }
    t.equal(body.dryRun, false)
    t.same({ ...body, dryRun: true, lines: body.lines.map((l) => ({ ...l, lineId: null })) }, dry.json(), 'the write did what the dry run said')
    for (const l of body.lines) ids[l.externalId ?? ''] = l.lineId ?? 0
    t.same(await counts(), { lines: before.lines + 4, figures: before.figures + 9, audit: before.audit + 13, changes: before.changes + 4 },
      '3 + 2 + 1 + 3 figures; an audit entry per line and per figure; a change per line')
    t.same(await newFundingChanges(), body.lines.map((l) => `create ${l.lineId ?? 0} v1`))
    t.match(await getLine(ids['BTC-2026-0001'] ?? 0), {
      senderCode: 'BTC', externalId: 'BTC-2026-0001', agencyCode: 'BKHCN', unallocated: '30000000000',
      figures: { estimate: { amount: '120000000000', asOf: '2026-06-30' }, allocated: { amount: '90000000000', asOf: '2026-06-30' }, disbursed: { amount: '30500000000', asOf: '2026-06-30' }, registered: { amount: '0', asOf: null } }
    })
    t.match(await getLine(ids['BTC-2026-0004'] ?? 0), { figures: { estimate: { asOf: TODAY } } }, 'asOf defaults to today')

    // An update batch: its dry run names each field and figure that changes, with what it was.
    const beforeB = await counts()
    const dryB = await batch(btc, batchB, 'dryRun=true')
    t.equal(dryB.statusCode, 200)
    const expectedB = (newId: number | null): unknown => ({
      dryRun: newId === null,
      received: 4,
      created: 1,
      updated: 2,
      unchanged: 1,
      lines: [
        { row: 1, externalId: 'BTC-2026-0001', lineId: ids['BTC-2026-0001'], operation: 'update', changes: [
          { field: 'allocated', from: '90000000000', to: '95000000000', asOf: '2026-07-15' },
          { field: 'disbursed', from: '30500000000', to: '41000000000', asOf: '2026-07-15' }
        ] },
        { row: 3, externalId: 'BTC-2026-0003', lineId: ids['BTC-2026-0003'], operation: 'update', changes: [
          { field: 'title', from: 'Đổi mới sáng tạo An Giang', to: 'Đổi mới sáng tạo tỉnh An Giang' },
          { field: 'carriedOver', from: null, to: '500000000', asOf: '2026-07-01' }
        ] },
        { row: 4, externalId: 'BTC-2026-0005', lineId: newId, operation: 'create', changes: [] }
      ]
    })
    t.same(dryB.json(), expectedB(null))
    t.same(await counts(), beforeB)
    const writtenB = await batch(btc, batchB)
    t.equal(writtenB.statusCode, 200)
    const newId = (writtenB.json() as { lines: LineChange[] }).lines[2]?.lineId ?? null
    ids['BTC-2026-0005'] = newId ?? 0
    t.same(writtenB.json(), expectedB(newId))
    t.same(await counts(), { lines: beforeB.lines + 1, figures: beforeB.figures + 4, audit: beforeB.audit + 7, changes: beforeB.changes + 3 },
      'allocated, disbursed, carriedOver and the new estimate; 2 line updates, 1 insert and 4 figures audited')
    // One transaction: its changes come in the order its statements ran (the insert before the updates).
    t.same(await newFundingChanges(), [`create ${newId ?? 0} v1`, `update ${ids['BTC-2026-0001'] ?? 0} v2`, `update ${ids['BTC-2026-0003'] ?? 0} v2`])
    t.match(await getLine(ids['BTC-2026-0002'] ?? 0), { version: 1 }, 'the unchanged line keeps its version')
  })

  t.test('sending the same batch again changes nothing: no figure, audit entry or feed change', async (t) => {
    const before = await counts()
    const versions = await Promise.all(Object.values(ids).map(async (id) => (await getLine(id)).version))
    for (const query of ['dryRun=true', 'dryRun=false']) {
      const again = await batch(btc, batchB, query)
      t.equal(again.statusCode, 200)
      t.same(again.json(), { dryRun: query === 'dryRun=true', received: 4, created: 0, updated: 0, unchanged: 4, lines: [] })
    }
    t.same(await counts(), before)
    t.same(await newFundingChanges(), [])
    t.same(await Promise.all(Object.values(ids).map(async (id) => (await getLine(id)).version)), versions)
  })

  t.test('all or nothing: every bad row listed by row and field, nothing written', async (t) => {
    const before = await counts()
    const full = { fiscalYear: 2026, agencyCode: 'BYT', source: 'central', field: 'innovation', title: 'Dòng mới' }
    const mixed = {
      lines: [
        { externalId: 'BTC-2026-0002', allocated: '45000000000' },
        { externalId: 'BTC-2026-0004', disbursed: '3000000000' }, // above its allocated 2 000 000 000
        { externalId: 'BTC-2026-0010', ...full, estimate: '1' },
        { externalId: 'BTC-2026-0011', ...full, agencyCode: 'KHONG-CO' },
        { externalId: 'BTC-2026-0012', fiscalYear: 2026, agencyCode: 'BYT', field: 'innovation' }, // a new line without source and title
        { externalId: 'BTC-2026-0001', disbursed: '42000000000', asOf: '2026-08-01' },
        { externalId: 'BTC-2026-0013', ...full, taskId: 999999 }
      ]
    }
    for (const query of ['dryRun=true', 'dryRun=false']) {
      const res = await batch(btc, mixed, query)
      t.equal(res.statusCode, 422, query)
      t.equal(res.json().code, 'NQ57_UNPROCESSABLE')
      t.equal(res.json().detail, '6 problems in the lines sent; nothing was written')
      t.same(pairs(res), [[2, '/lines/1/disbursed'], [4, '/lines/3/agencyCode'], [5, '/lines/4/source'], [5, '/lines/4/title'], [6, '/lines/5/asOf'], [7, '/lines/6/taskId']])
    }
    t.same(await counts(), before, 'not even the good rows')
    t.match(await getLine(ids['BTC-2026-0002'] ?? 0), { version: 1, figures: { allocated: { amount: '40000000000' } } })

    const forbidden = await batch(btc, { lines: [{ externalId: 'BTC-2026-0002', allocated: '1' }, { externalId: 'BTC-2026-0003', registered: '5' }, { externalId: 'BTC-2026-0004', registered: '6', estimate: '7' }] })
    t.equal(forbidden.statusCode, 403)
    t.same(pairs(forbidden), [[2, '/lines/1/registered'], [3, '/lines/2/registered']], 'a forbidden figure is a 403 naming every row that sends it')
    t.same(await counts(), before)
  })

  t.test('an externalId twice in one batch is a 422 on the later row', async (t) => {
    const before = await counts()
    const full = { fiscalYear: 2026, agencyCode: 'BYT', source: 'central', field: 'innovation', title: 'Trùng' }
    const res = await batch(btc, { lines: [{ externalId: 'DUP-1', ...full, estimate: '1' }, { externalId: 'BTC-2026-0002', estimate: '2' }, { externalId: 'DUP-1', ...full, estimate: '3' }, { externalId: 'BTC-2026-0002', estimate: '4' }] })
    t.equal(res.statusCode, 422)
    t.same(pairs(res), [[3, '/lines/2/externalId'], [4, '/lines/3/externalId']])
    t.same(await counts(), before)
  })

  t.test('CSV: a BOM, quoted cells with commas, quotes and Vietnamese text, empty cells left as they are', async (t) => {
    const csv = `${BOM}externalId,fiscalYear,agencyCode,source,field,title,estimate,allocated,disbursed,asOf\r\n` +
      'CSV-1,2026,BYT,central,digital_transformation,"Chuyển đổi số, y tế thông minh",30000000000,20000000000,,2026-06-30\r\n' +
      'CSV-2,2026,HA-NOI,local,innovation,"Trung tâm ""đổi mới sáng tạo"", Hà Nội",15000000000,,,2026-06-30\r\n' +
      'CSV-3,2025,BKHCN,central,science_technology,"Nhiệm vụ cấp quốc gia, mã số KC.01.01/21-30",5000000000,5000000000,4500000000,\r\n'
    const before = await counts()
    const dry = await csvBatch(btc, csv, 'dryRun=true')
    t.equal(dry.statusCode, 200)
    t.same(await counts(), before)
    const written = await csvBatch(btc, csv)
    t.equal(written.statusCode, 200)
    const body = written.json() as { lines: LineChange[] }
    t.same({ ...body, dryRun: true, lines: body.lines.map((l) => ({ ...l, lineId: null })) }, dry.json())
    t.match(body, { received: 3, created: 3, updated: 0, unchanged: 0, lines: [{ row: 1, externalId: 'CSV-1' }, { row: 2, externalId: 'CSV-2' }, { row: 3, externalId: 'CSV-3' }] })
    const [one, two, three] = await Promise.all(body.lines.map(async (l) => await getLine(l.lineId ?? 0)))
    t.match(one, { title: 'Chuyển đổi số, y tế thông minh', agencyCode: 'BYT', senderCode: 'BTC', figures: { estimate: { amount: '30000000000', asOf: '2026-06-30' }, allocated: { amount: '20000000000' }, disbursed: { amount: '0', asOf: null } } })
    t.match(two, { title: 'Trung tâm "đổi mới sáng tạo", Hà Nội', agencyCode: 'HA-NOI', source: 'local', figures: { allocated: { amount: '0', asOf: null } } })
    t.match(three, { fiscalYear: 2025, title: 'Nhiệm vụ cấp quốc gia, mã số KC.01.01/21-30', figures: { disbursed: { amount: '4500000000', asOf: TODAY } } })

    // Again, without a BOM and with LF line ends: the same lines, nothing to change.
    const again = await csvBatch(btc, csv.slice(1).replace(/\r\n/g, '\n'))
    t.equal(again.statusCode, 200)
    t.match(again.json(), { created: 0, updated: 0, unchanged: 3, lines: [] })
    // Only the columns given: an update of one figure.
    const update = await csvBatch(btc, 'externalId,disbursed,asOf\r\nCSV-1,5000000000,2026-07-10\r\n')
    t.same(update.json().lines, [{ row: 1, externalId: 'CSV-1', lineId: body.lines[0]?.lineId, operation: 'update', changes: [{ field: 'disbursed', from: null, to: '5000000000', asOf: '2026-07-10' }] }])
  })

  t.test('CSV errors: unknown column and empty body 400; bad cells 422 by row and column name', async (t) => {
    const before = await counts()
    const unknown = await csvBatch(btc, 'externalId,title,budget\r\nX-1,Tên,5\r\n')
    t.equal(unknown.statusCode, 400)
    t.match(unknown.json().detail, /unknown CSV column budget/)
    const empty = await csvBatch(btc, '')
    t.equal(empty.statusCode, 400, 'an empty body')
    const headerOnly = await csvBatch(btc, `${BOM}externalId,estimate\r\n`)
    t.equal(headerOnly.statusCode, 400, 'a header without lines')
    t.match(headerOnly.json().detail, /no lines/)
    const ragged = await csvBatch(btc, 'externalId,estimate\r\nX-1,5,6\r\n')
    t.equal(ragged.statusCode, 400, 'a record with more cells than the header')

    const badCells = await csvBatch(btc, 'externalId,fiscalYear,estimate,allocated,asOf\r\n' +
      'BTC-2026-0002,,51000000000,,\r\n' +
      'BTC-2026-0003,,,"1.000",\r\n' +
      'BTC-2026-0004,20x6,,,\r\n' +
      'BTC-2026-0005,,-7,,2026-02-30\r\n')
    t.equal(badCells.statusCode, 422)
    t.same(pairs(badCells), [[2, 'allocated'], [3, 'fiscalYear'], [4, 'asOf'], [4, 'estimate']], 'by row, then field')
    t.same(await counts(), before)
  })

  t.test('CSV: a bad cell and a broken rule in other rows are listed together', async (t) => {
    // "any line that breaks a rule makes it a 422 listing every problem by row and field"
    const res = await csvBatch(btc, 'externalId,allocated,disbursed\r\nBTC-2026-0002,12x,\r\nBTC-2026-0004,,9000000000\r\n')
    t.equal(res.statusCode, 422)
    t.same(pairs(res), [[1, 'allocated'], [2, 'disbursed']])
  })

  t.test('a back-dated figure adds history and leaves the current value', async (t) => {
    const id = ids['BTC-2026-0001'] ?? 0
    const before = await getLine(id)
    const backDated = { lines: [{ externalId: 'BTC-2026-0001', allocated: '60000000000', asOf: '2026-03-31' }, { externalId: 'BTC-2026-0001-B', fiscalYear: 2026, agencyCode: 'BKHCN', source: 'central', field: 'innovation', title: 'Phụ', estimate: '1', asOf: '2026-03-31' }] }
    const between = { lines: [{ externalId: 'BTC-2026-0001', disbursed: '35000000000', asOf: '2026-07-01' }] }
    const dry = await batch(btc, backDated, 'dryRun=true')
    t.same(dry.json().lines[0], { row: 1, externalId: 'BTC-2026-0001', lineId: id, operation: 'update', changes: [{ field: 'allocated', from: null, to: '60000000000', asOf: '2026-03-31' }] })
    const dryBetween = await batch(btc, between, 'dryRun=true')
    t.same(dryBetween.json().lines, [{ row: 1, externalId: 'BTC-2026-0001', lineId: id, operation: 'update', changes: [{ field: 'disbursed', from: '30500000000', to: '35000000000', asOf: '2026-07-01' }] }],
      'from: the value on that date')
    const figuresBefore = (await counts()).figures
    t.equal((await batch(btc, backDated)).statusCode, 200)
    t.equal((await batch(btc, between)).statusCode, 200)
    t.equal((await counts()).figures, figuresBefore + 3)

    const now = await getLine(id)
    t.same(now.figures, before.figures, 'the current values stay')
    t.same(now.figures.allocated, { amount: '95000000000', asOf: '2026-07-15' })
    t.same((await getLine(id, '?asOf=2026-04-30')).figures.allocated, { amount: '60000000000', asOf: '2026-03-31' })
    t.same((await getLine(id, '?asOf=2026-06-30')).figures.allocated, { amount: '90000000000', asOf: '2026-06-30' })
    t.same((await getLine(id, '?asOf=2026-07-05')).figures.disbursed, { amount: '35000000000', asOf: '2026-07-01' })
    t.same((await getLine(id, '?asOf=2026-03-30')).figures.allocated, { amount: '0', asOf: null })
    const history = (await inject({ method: 'GET', url: `/v1/funding/lines/${id}/history` })).json().items
    // In the order written, request by request (the figures of one request in no stated order).
    const entries: string[] = history.map((e: { figure: string, amount: string, asOf: string }) => `${e.figure} ${e.amount} ${e.asOf}`)
    t.same([entries.slice(0, 3).sort(), entries.slice(3, 5).sort(), entries.slice(5)], [
      ['allocated 90000000000 2026-06-30', 'disbursed 30500000000 2026-06-30', 'estimate 120000000000 2026-06-30'],
      ['allocated 95000000000 2026-07-15', 'disbursed 41000000000 2026-07-15'],
      ['allocated 60000000000 2026-03-31', 'disbursed 35000000000 2026-07-01']
    ])
    t.match(await batch(btc, backDated).then((r) => r.json()), { created: 0, updated: 0, unchanged: 2 }, 'sent again: nothing')
    // Every figure change is in the feed: a back-dated one moves the line's version (one per write) though no current value moved.
    t.equal(now.version, before.version + 2, 'each of the two back-dated writes made a version')
  })

  t.test('the same externalId from two integration keys makes two lines', async (t) => {
    const line = { externalId: 'SHARED-1', fiscalYear: 2026, agencyCode: 'BKHCN', source: 'central', field: 'science_technology', title: 'Cùng mã' }
    const fromBtc = await batch(btc, { lines: [{ ...line, estimate: '100' }] })
    const fromBkhcn = await batch(bkhcnSystem, { lines: [{ ...line, estimate: '200' }] })
    t.match(fromBtc.json(), { created: 1 })
    t.match(fromBkhcn.json(), { created: 1 })
    const btcId = fromBtc.json().lines[0].lineId as number
    const bkhcnId = fromBkhcn.json().lines[0].lineId as number
    t.not(btcId, bkhcnId)
    t.match(await getLine(btcId), { senderCode: 'BTC', externalId: 'SHARED-1', figures: { estimate: { amount: '100' } } })
    t.match(await getLine(bkhcnId), { senderCode: 'BKHCN', externalId: 'SHARED-1', figures: { estimate: { amount: '200' } } })
    const revised = await batch(bkhcnSystem, { lines: [{ externalId: 'SHARED-1', estimate: '250' }] })
    t.match(revised.json(), { created: 0, updated: 1, lines: [{ lineId: bkhcnId }] })
    t.match(await getLine(btcId), { version: 1, figures: { estimate: { amount: '100' } } }, 'the other sender\'s line is untouched')
    // One at a time, POST /v1/funding/lines with an externalId the sender already used is a 409; another sender's is no conflict.
    const taken = await app.inject({ method: 'POST', url: '/v1/funding/lines', ...json({ ...line, estimate: '1' }, bearer(btc)) })
    t.equal(taken.statusCode, 409)
    t.match(taken.json().detail, new RegExp(`already line ${btcId} of this sender`))
    const otherSender = await inject({ method: 'POST', url: '/v1/funding/lines', ...json({ ...line, estimate: '1' }) })
    t.equal(otherSender.statusCode, 201)
    t.equal(otherSender.json().senderCode, 'secretariat')
  })

  t.test('the same new batch sent twice at once creates its lines once', async (t) => {
    const body = { lines: [1, 2, 3].map((n) => ({ externalId: `RACE-${n}`, fiscalYear: 2026, agencyCode: 'BYT', source: 'central', field: 'innovation', title: `Đồng thời ${n}`, estimate: `${n}00` })) }
    const [a, b] = await Promise.all([batch(btc, body), batch(btc, body)])
    t.same([a?.statusCode, b?.statusCode], [200, 200])
    t.same([a?.json().created, b?.json().created].sort(), [0, 3], 'one creates, the other finds them')
    t.same([a?.json().unchanged, b?.json().unchanged].sort(), [0, 3])
    // The same line posted twice at once: one 201, one 409 (never a 500 from the unique index).
    const single = { externalId: 'RACE-4', fiscalYear: 2026, agencyCode: 'BYT', source: 'central', field: 'innovation', title: 'Đồng thời 4', estimate: '400' }
    const posts = await Promise.all([1, 2].map(async () => await app.inject({ method: 'POST', url: '/v1/funding/lines', ...json(single, bearer(btc)) })))
    t.same(posts.map((p) => p.statusCode).sort(), [201, 409])
    const { rows } = await sql<{ externalId: string }>`select external_id from funding_line where external_id like 'RACE-%' order by external_id`.execute(db)
    t.same(rows.map((r) => r.externalId), ['RACE-1', 'RACE-2', 'RACE-3', 'RACE-4'])
  })

  t.test('Idempotency-Key on a batch replays the first answer', async (t) => {
    const body = { lines: [{ externalId: 'IDEM-1', fiscalYear: 2026, agencyCode: 'BYT', source: 'local', field: 'innovation', title: 'Một lần', estimate: '777' }] }
    const headers = { 'idempotency-key': 'lo-2026-07-20-01' }
    const first = await batch(btc, body, 'dryRun=false', headers)
    t.equal(first.statusCode, 200)
    t.match(first.json(), { created: 1, unchanged: 0 })
    const before = await counts()
    const replay = await batch(btc, body, 'dryRun=false', headers)
    t.equal(replay.statusCode, 200)
    t.equal(replay.headers['idempotent-replayed'], 'true')
    t.same(replay.json(), first.json(), 'the first answer (created 1), not a second run\'s (unchanged 1)')
    t.same(await counts(), before)
    const other = await batch(btc, { lines: [{ ...body.lines[0], estimate: '778' }] }, 'dryRun=false', headers)
    t.equal(other.statusCode, 422, 'the same key with another batch')
    t.equal((await sql<{ n: number }>`select count(*)::integer as n from funding_line where external_id = 'IDEM-1'`.execute(db)).rows[0]?.n, 1)
  })
})
