import t from 'tap'
import { bearer, buildTestApp, json } from '../../helper.js'

const codes = (res: { json: () => { items: Array<{ code: string }> } }): string[] => res.json().items.map((i) => i.code)
const q = encodeURIComponent
const SRC_22TB = 'Thông báo 22-TB/CQTTBCĐ ngày 20/3/2026, Phụ lục mục 1 (ví dụ cơ cấu Nhóm 1/Nhóm 2)'

t.test('catalogue', async (t) => {
  const { app, db, inject, keys } = await buildTestApp(t, { today: '2026-04-03' })
  const editions = (await inject({ method: 'GET', url: '/v1/catalogue/editions' })).json().items
  const e1131 = editions.find((e: { number: string }) => e.number === '1131/QĐ-TTg')
  const e21 = editions.find((e: { number: string }) => e.number === '21/2026/QĐ-TTg')

  t.test('editions are seeded with their dates and the edition in force switches on 1/7/2026', async (t) => {
    t.match(editions, [
      { number: '1131/QĐ-TTg', issuedOn: '2025-06-12', effectiveFrom: '2025-06-12', effectiveTo: '2026-07-01', declaredTechnologyCount: 11, declaredProductCount: 35, technologyCount: 5, productCount: 6 },
      { number: '21/2026/QĐ-TTg', issuedOn: '2026-04-30', effectiveFrom: '2026-07-01', effectiveTo: null, declaredTechnologyCount: 10, declaredProductCount: 30 }
    ])
    const lastDay = await inject({ method: 'GET', url: '/v1/catalogue?asOf=2026-06-30' })
    t.equal(lastDay.statusCode, 200)
    t.equal(lastDay.json().edition.number, '1131/QĐ-TTg')
    t.same(codes(lastDay), ['T1131-01', 'T1131-02', 'T1131-03', 'T1131-04', 'T1131-05'])
    const firstDay = await inject({ method: 'GET', url: '/v1/catalogue?asOf=2026-07-01&limit=500' })
    t.equal(firstDay.json().edition.number, '21/2026/QĐ-TTg')
    t.ok(codes(firstDay).includes('N2-LUONG-TU'))
    t.notOk(codes(firstDay).includes('T1131-01'))
    t.equal((await inject({ method: 'GET', url: '/v1/catalogue' })).json().edition.number, '1131/QĐ-TTg', 'today (2026-04-03) by default')
    t.equal((await inject({ method: 'GET', url: `/v1/catalogue?edition=${q('21/2026/QĐ-TTg')}&limit=1` })).json().edition.number, '21/2026/QĐ-TTg')
    const before = await inject({ method: 'GET', url: '/v1/catalogue?asOf=2025-01-01' })
    t.equal(before.statusCode, 404, 'no edition before 12/6/2025')
    t.equal((await inject({ method: 'GET', url: `/v1/catalogue?edition=${q('99/2030/QĐ-TTg')}` })).statusCode, 404)
    const both = await inject({ method: 'GET', url: `/v1/catalogue?asOf=2026-07-01&edition=${q('1131/QĐ-TTg')}` })
    t.equal(both.statusCode, 400)
  })

  t.test('the six priority products of 2815 with their facts and targets', async (t) => {
    const res = await inject({ method: 'GET', url: '/v1/catalogue/products?asOf=2026-01-15&priority=true' })
    t.equal(res.statusCode, 200)
    t.same(res.json().items.map((p: { nameVi: string }) => p.nameVi).sort(), [
      'AI camera xử lý tại biên', 'Hạ tầng mạng blockchain và các lớp ứng dụng truy xuất nguồn gốc, tài sản mã hóa', 'Hệ thống và thiết bị mạng di động 5G',
      'Mô hình ngôn ngữ lớn và trợ lý ảo tiếng Việt', 'Robot di động tự hành', 'Thiết bị bay không người lái'
    ].sort())
    const byCode = Object.fromEntries(res.json().items.map((p: { code: string }) => [p.code, p]))
    t.match(byCode['P-AI-CAMERA-EDGE'], { priority: true, priorityDecision: '2815/QĐ-TTg', technologyCode: 'T1131-01', facts: [{ metric: 'core_technology_mastery', qualifier: '~', value: 65, unit: '%' }, { metric: 'localisation', qualifier: '>', value: 50 }] })
    t.match(byCode['P-5G'].facts, [{ qualifier: '~', value: 85 }])
    t.match(byCode['P-UAV'], { technologyCode: null, facts: [{ qualifier: '>', value: 70 }] })
    t.same(byCode['P-LLM-VI'].targets.map((x: { qualifier: string | null, value: number | null }) => [x.qualifier, x.value]), [[null, null], ['≥', 30], ['≥', 80], ['≥', 60]])
  })

  t.test('filters and cursor pagination', async (t) => {
    const url = (query: string): string => `/v1/catalogue?asOf=2026-07-01&${query}`
    t.same(codes(await inject({ method: 'GET', url: url('group=2&investmentMode=pull') })), ['N2-AUV', 'N2-LO-PHAN-UNG-NHO', 'N2-TEN-LUA', 'N2-UAV', 'N2-VE-TINH-NHO'])
    t.same(codes(await inject({ method: 'GET', url: url('group=2&investmentMode=push') })), ['N2-LUONG-TU'])
    t.equal(codes(await inject({ method: 'GET', url: url('group=1') })).length, 7)
    t.same(codes(await inject({ method: 'GET', url: url(`q=${q('thep')}`) })), ['N1-THEP'], 'accent-insensitive')
    t.same(codes(await inject({ method: 'GET', url: url(`sector=${q('Kinh te tam thap')}`) })), ['N2-UAV', 'N2-VE-TINH-NHO'])
    const priority = await inject({ method: 'GET', url: '/v1/catalogue?asOf=2026-01-15&priority=true' })
    t.same(codes(priority), ['T1131-01', 'T1131-03', 'T1131-04', 'T1131-05'])
    t.same(priority.json().items[0].products.map((p: { code: string }) => p.code), ['P-AI-CAMERA-EDGE', 'P-LLM-VI'])
    t.same(codes(await inject({ method: 'GET', url: `/v1/catalogue?asOf=2026-01-15&q=${q('camera xu ly tai bien')}` })), ['T1131-01'], 'q also finds a technology by its products')
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const res = await inject({ method: 'GET', url: url(`limit=4${cursor === null ? '' : `&cursor=${cursor}`}`) })
      seen.push(...codes(res))
      cursor = res.json().nextCursor
    } while (cursor !== null)
    t.equal(seen.length, 14)
    t.same(seen, [...seen].sort())
    t.equal((await inject({ method: 'GET', url: url('cursor=WzFd') })).statusCode, 400, 'a cursor of another list')
    t.equal((await inject({ method: 'GET', url: url('limit=501') })).statusCode, 400)
  })

  t.test('group 1 refuses an investment mode, in the API and in the database', async (t) => {
    const base = { edition: '21/2026/QĐ-TTg', code: 'X-TEST-1', nameVi: 'Công nghệ thử', nameEn: 'Test' }
    const refused = await inject({ method: 'POST', url: '/v1/catalogue/technologies', ...json({ ...base, group: 1, investmentMode: 'push' }) })
    t.equal(refused.statusCode, 400)
    t.match(refused.json().detail, /only to group 2/)
    t.equal((await inject({ method: 'POST', url: '/v1/catalogue/technologies', ...json({ ...base, investmentMode: 'pull' }) })).statusCode, 400, 'nor unclassified')
    const quantum = (await inject({ method: 'GET', url: '/v1/catalogue?asOf=2026-07-01&investmentMode=push' })).json().items[0]
    const toGroup1 = await inject({ method: 'PATCH', url: `/v1/catalogue/technologies/${quantum.id as number}`, ...json({ group: 1 }, { 'if-match': `"${quantum.version as number}"` }) })
    t.equal(toGroup1.statusCode, 400, 'moving a push technology to group 1 keeps its mode: refused')
    await t.rejects(db.updateTable('catalogueTechnology').set({ techGroup: 1 }).where('id', '=', quantum.id).execute(), /catalogue_technology_mode_group2/)
    const ok = await inject({ method: 'PATCH', url: `/v1/catalogue/technologies/${quantum.id as number}`, ...json({ group: 1, investmentMode: null }, { 'if-match': `"${quantum.version as number}"` }) })
    t.equal(ok.statusCode, 200)
    t.match(ok.json(), { group: 1, investmentMode: null, version: quantum.version + 1 })
  })

  t.test('bad input: unknown agency, unreal date, stale If-Match', async (t) => {
    const base = { edition: '21/2026/QĐ-TTg', code: 'X-TEST-2', nameVi: 'Công nghệ thử 2', nameEn: 'Test 2', group: 2, investmentMode: 'pull' }
    const unknown = await inject({ method: 'POST', url: '/v1/catalogue/technologies', ...json({ ...base, leadAgency: 'BKHCN', coordinatingAgencies: ['NOPE'] }) })
    t.equal(unknown.statusCode, 400)
    t.match(unknown.json().detail, /NOPE/)
    const unreal = await inject({ method: 'GET', url: '/v1/catalogue?asOf=2026-02-30' })
    t.equal(unreal.statusCode, 400)
    t.match(unreal.json().errors, [{ in: 'query', field: '/asOf' }])
    const created = await inject({ method: 'POST', url: '/v1/catalogue/technologies', ...json({ ...base, leadAgency: 'BQP', coordinatingAgencies: ['BKHCN'] }, bearer(keys.secretariat)) })
    t.equal(created.statusCode, 201)
    t.match(created.json(), { code: 'X-TEST-2', group: 2, investmentMode: 'pull', leadAgency: 'BQP', coordinatingAgencies: ['BKHCN'], products: [], version: 1 })
    const again = await inject({ method: 'POST', url: '/v1/catalogue/technologies', ...json(base) })
    t.equal(again.statusCode, 409)
    t.match(again.json().detail, /technology X-TEST-2 already exists in 21\/2026\/QĐ-TTg/)
    // Two creates of one new code at once: one wins, the other gets the same specific 409, not the generic one.
    const racing = await Promise.all([1, 2].map(async () => await inject({ method: 'POST', url: '/v1/catalogue/technologies', ...json({ ...base, code: 'X-TEST-RACE' }) })))
    t.same(racing.map((res) => res.statusCode).sort(), [201, 409])
    t.match(racing.find((res) => res.statusCode === 409)?.json().detail, /technology X-TEST-RACE already exists/)
    const url = created.headers.location as string
    t.equal((await inject({ method: 'PATCH', url, ...json({ sector: 'quốc phòng' }) })).statusCode, 428)
    t.equal((await inject({ method: 'PATCH', url, ...json({ sector: 'quốc phòng' }, { 'if-match': '"1"' }) })).statusCode, 200)
    const stale = await inject({ method: 'PATCH', url, ...json({ sector: 'an ninh' }, { 'if-match': '"1"' }) })
    t.equal(stale.statusCode, 412)
    t.equal((await inject({ method: 'GET', url })).json().sector, 'quốc phòng', 'the stale write changed nothing')
    t.equal((await app.inject({ method: 'POST', url: '/v1/catalogue/technologies', ...json(base, bearer(keys.reader)) })).statusCode, 403)
  })

  t.test('bulk load: the dry run reports exactly what would change; a failing row rolls back everything', async (t) => {
    const url = `/v1/catalogue/editions/${e21.id as number}/loads`
    const rows = [
      { kind: 'technology', code: 'N1-THEP', nameVi: 'Công nghệ chiến lược ngành thép', nameEn: 'Steel', group: 1, sector: 'thép', leadAgency: 'BCT', source: SRC_22TB },
      { kind: 'technology', code: 'N1-DET-MAY', nameVi: 'Công nghệ chiến lược ngành dệt may', nameEn: 'Textiles and garments', group: 1, sector: 'dệt may', source: SRC_22TB },
      { kind: 'technology', code: 'L-NEW', nameVi: 'Công nghệ nạp thử', nameEn: 'Loaded', group: 2, investmentMode: 'push', coordinatingAgencies: ['BKHCN', 'BGDDT'] },
      { kind: 'product', code: 'L-NEW-P1', technologyCode: 'L-NEW', nameVi: 'Sản phẩm nạp thử', priorityDecision: '2815/QĐ-TTg' }
    ]
    const dry = await inject({ method: 'POST', url, ...json({ dryRun: true, rows }, bearer(keys.secretariat)) })
    t.equal(dry.statusCode, 200)
    t.same(dry.json(), {
      dryRun: true,
      edition: '21/2026/QĐ-TTg',
      summary: { created: 2, updated: 1, unchanged: 1 },
      changes: [
        { row: 1, kind: 'technology', code: 'N1-THEP', action: 'updated', fields: ['leadAgencyCode'] },
        { row: 2, kind: 'technology', code: 'N1-DET-MAY', action: 'unchanged', fields: [] },
        { row: 3, kind: 'technology', code: 'L-NEW', action: 'created', fields: [] },
        { row: 4, kind: 'product', code: 'L-NEW-P1', action: 'created', fields: [] }
      ]
    })
    const after = (await inject({ method: 'GET', url: '/v1/catalogue?asOf=2026-07-01&limit=500' })).json().items
    t.notOk(after.some((x: { code: string }) => x.code === 'L-NEW'), 'the dry run wrote nothing')
    t.equal(after.find((x: { code: string }) => x.code === 'N1-THEP').leadAgency, null)

    const failing = await inject({ method: 'POST', url, ...json({ dryRun: false, rows: [...rows, { kind: 'technology', code: 'L-BAD', nameVi: 'Sai', group: 1, investmentMode: 'pull' }] }) })
    t.equal(failing.statusCode, 400)
    t.match(failing.json().detail, /^row 5 \(L-BAD\): .*only to group 2/)
    const unknownAgency = await inject({ method: 'POST', url, ...json({ dryRun: false, rows: [rows[2], { ...rows[0], leadAgency: 'NOPE' }] }) })
    t.match(unknownAgency.json(), { status: 400, detail: /^row 2 \(N1-THEP\): unknown agency code NOPE/ })
    const malformed = await inject({ method: 'POST', url, ...json({ dryRun: false, rows: [rows[2], { kind: 'product', code: 'x y' }] }) })
    t.match(malformed.json(), { status: 400, detail: /^row 2/ })
    const stillAfter = (await inject({ method: 'GET', url: '/v1/catalogue?asOf=2026-07-01&limit=500' })).json().items
    t.notOk(stillAfter.some((x: { code: string }) => x.code === 'L-NEW'), 'nothing of a failed load remains')
    t.equal(stillAfter.find((x: { code: string }) => x.code === 'N1-THEP').leadAgency, null)

    const real = await inject({ method: 'POST', url, ...json({ dryRun: false, rows }) })
    t.same(real.json().summary, { created: 2, updated: 1, unchanged: 1 })
    const loaded = (await inject({ method: 'GET', url: `/v1/catalogue?asOf=2026-07-01&q=${q('nap thu')}` })).json().items
    t.match(loaded, [{ code: 'L-NEW', group: 2, investmentMode: 'push', coordinatingAgencies: ['BKHCN', 'BGDDT'], products: [{ code: 'L-NEW-P1', priority: true, priorityDecision: '2815/QĐ-TTg' }] }])
    const csv = [
      'kind,code,nameVi,nameEn,technologyCode,group,investmentMode,coordinatingAgencies,priorityDecision',
      'technology,L-NEW,Công nghệ nạp thử,Loaded,,2,push,BKHCN;BGDDT,',
      'product,L-NEW-P1,"Sản phẩm nạp thử",,L-NEW,,,,2815/QĐ-TTg',
      'product,L-NEW-P2,"Sản phẩm ""hai"", CSV",,L-NEW,,,,'
    ].join('\r\n')
    const viaCsv = await inject({ method: 'POST', url, ...json({ dryRun: true, csv }) })
    t.equal(viaCsv.statusCode, 200)
    t.same(viaCsv.json().changes.map((c: { code: string, action: string }) => [c.code, c.action]), [['L-NEW', 'unchanged'], ['L-NEW-P1', 'unchanged'], ['L-NEW-P2', 'created']])
    t.equal((await inject({ method: 'POST', url, ...json({ dryRun: true, rows, csv }) })).statusCode, 400, 'rows or csv, not both')
    t.equal((await inject({ method: 'POST', url: `/v1/catalogue/editions/${e1131.id as number + 1000}/loads`, ...json({ dryRun: true, rows }) })).statusCode, 404)
  })
})
