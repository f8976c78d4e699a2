import t from 'tap'
import { buildTestApp, json } from '../../helper.js'

t.test('notices', async (t) => {
  const { inject } = await buildTestApp(t, { bodyLimit: 4096, today: '2026-04-15' })

  t.test('the three source notices are seeded', async (t) => {
    const res = await inject({ method: 'GET', url: '/v1/notices?kind=TB' })
    t.equal(res.statusCode, 200)
    t.match(res.json().items, [
      { number: '17-TB/CQTTBCĐ', kind: 'TB', issuedOn: '2025-12-29', issuer: { code: 'CQTTBCD' }, status: 'active' },
      { number: '20-TB/CQTTBCĐ', issuedOn: '2026-03-16' },
      { number: '22-TB/CQTTBCĐ', issuedOn: '2026-03-20' }
    ])
    t.ok(res.json().items.every((n: { taskCount: number }) => n.taskCount > 10))
  })

  t.test('create, read with ETag, filter', async (t) => {
    const created = await inject({ method: 'POST', url: '/v1/notices', ...json({ number: '21/2026/QĐ-TTg', issuedOn: '2026-04-30', issuer: 'TTG', title: 'Danh mục thử nghiệm Bình Minh' }) })
    t.equal(created.statusCode, 201)
    t.match(created.json(), { number: '21/2026/QĐ-TTg', kind: 'QĐ', issuer: { code: 'TTG', nameVi: 'Thủ tướng Chính phủ' }, summary: null, version: 1, taskCount: 0 })
    t.equal(created.headers.location, `/v1/notices/${created.json().id}`)
    const read = await inject({ method: 'GET', url: created.headers.location as string })
    t.equal(read.headers.etag, '"1"')
    const party = await inject({ method: 'POST', url: '/v1/notices', ...json({ number: '66.7/2025/NQ-CP', issuedOn: '2025-11-01', issuer: 'CP', title: 'Nghị quyết' }) })
    t.match(party.json(), { number: '66.7/2025/NQ-CP', kind: 'NQ' })
    const byKind = await inject({ method: 'GET', url: `/v1/notices?kind=${encodeURIComponent('QĐ')}` })
    t.same(byKind.json().items.map((n: { number: string }) => n.number), ['21/2026/QĐ-TTg'])
    const byIssuer = await inject({ method: 'GET', url: '/v1/notices?issuer=CP' })
    t.same(byIssuer.json().items.map((n: { number: string }) => n.number), ['66.7/2025/NQ-CP'])
    const byRange = await inject({ method: 'GET', url: '/v1/notices?issuedFrom=2026-03-01&issuedTo=2026-03-31' })
    t.same(byRange.json().items.map((n: { number: string }) => n.number), ['20-TB/CQTTBCĐ', '22-TB/CQTTBCĐ'])
    const byQ = await inject({ method: 'GET', url: `/v1/notices?q=${encodeURIComponent('thu nghiem binh minh')}` })
    t.same(byQ.json().items.map((n: { number: string }) => n.number), ['21/2026/QĐ-TTg'])
    const byNumber = await inject({ method: 'GET', url: `/v1/notices?number=${encodeURIComponent('17-TB/CQTTBCĐ')}` })
    t.equal(byNumber.json().items.length, 1)
  })

  t.test('bad input', async (t) => {
    const valid = { number: '30-TB/CQTTBCĐ', issuedOn: '2026-05-01', issuer: 'CQTTBCD', title: 'Thông báo' }
    const malformed = await inject({ method: 'POST', url: '/v1/notices', ...json({ ...valid, number: 'TB-30' }) })
    t.equal(malformed.statusCode, 400)
    t.match(malformed.json().detail, /TB-30/)
    const unknownIssuer = await inject({ method: 'POST', url: '/v1/notices', ...json({ ...valid, issuer: 'NOPE' }) })
    t.equal(unknownIssuer.statusCode, 400)
    t.match(unknownIssuer.json().detail, /NOPE/)
    const duplicate = await inject({ method: 'POST', url: '/v1/notices', ...json({ ...valid, number: '17-TB/CQTTBCĐ' }) })
    t.equal(duplicate.statusCode, 409)
    const badDate = await inject({ method: 'POST', url: '/v1/notices', ...json({ ...valid, issuedOn: '2026-02-30' }) })
    t.equal(badDate.statusCode, 400)
    t.match(badDate.json().errors, [{ in: 'body', field: '/issuedOn' }])
    const massAssignment = await inject({ method: 'POST', url: '/v1/notices', ...json({ ...valid, id: 999, version: 7 }) })
    t.equal(massAssignment.statusCode, 400, 'unknown properties such as id and version are rejected')
    t.match(massAssignment.json().errors, [{ field: '/id' }, { field: '/version' }])
    const wrongType = await inject({ method: 'POST', url: '/v1/notices', ...json({ ...valid, title: 42 }) })
    t.equal(wrongType.statusCode, 400)
    const brokenJson = await inject({ method: 'POST', url: '/v1/notices', payload: '{"number": ', headers: { 'content-type': 'application/json' } })
    t.equal(brokenJson.statusCode, 400)
    t.match(brokenJson.headers['content-type'], /^application\/problem\+json/)
    const wrongMedia = await inject({ method: 'POST', url: '/v1/notices', payload: 'number=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
    t.equal(wrongMedia.statusCode, 415)
    t.match(wrongMedia.json(), { status: 415 })
    const tooLarge = await inject({ method: 'POST', url: '/v1/notices', ...json({ ...valid, summary: 'x'.repeat(5000) }) })
    t.equal(tooLarge.statusCode, 413)
    t.match(tooLarge.json(), { status: 413 })
    const unknownId = await inject({ method: 'GET', url: '/v1/notices/999999' })
    t.equal(unknownId.statusCode, 404)
    const notAnId = await inject({ method: 'GET', url: '/v1/notices/abc' })
    t.equal(notAnId.statusCode, 400)
  })

  t.test('update needs If-Match; a stale one is 412 and changes nothing', async (t) => {
    const url = '/v1/notices/1'
    const before = (await inject({ method: 'GET', url })).json()
    const missing = await inject({ method: 'PATCH', url, ...json({ title: 'Mới' }) })
    t.equal(missing.statusCode, 428)
    const ok = await inject({ method: 'PATCH', url, payload: JSON.stringify({ summary: 'Tóm tắt' }), headers: { 'content-type': 'application/json', 'if-match': `"${before.version as number}"` } })
    t.equal(ok.statusCode, 200)
    t.equal(ok.json().version, before.version + 1)
    t.equal(ok.headers.etag, `"${before.version + 1 as number}"`)
    const stale = await inject({ method: 'PATCH', url, payload: JSON.stringify({ title: 'Ghi đè' }), headers: { 'content-type': 'application/json', 'if-match': `"${before.version as number}"` } })
    t.equal(stale.statusCode, 412)
    const after = (await inject({ method: 'GET', url })).json()
    t.equal(after.title, before.title)
    t.equal(after.summary, 'Tóm tắt')
  })

  t.test('withdraw: deleted without progress, kept as withdrawn with progress', async (t) => {
    const fresh = await inject({ method: 'POST', url: '/v1/notices', ...json({ number: '31-TB/CQTTBCĐ', issuedOn: '2026-04-01', issuer: 'CQTTBCD', title: 'Tạm' }) })
    const gone = await inject({ method: 'DELETE', url: `/v1/notices/${fresh.json().id as number}` })
    t.equal(gone.statusCode, 204)
    t.equal((await inject({ method: 'GET', url: `/v1/notices/${fresh.json().id as number}` })).statusCode, 404)

    const tasks = (await inject({ method: 'GET', url: '/v1/tasks?noticeId=3&agency=BGDDT&role=lead' })).json().items
    const assignments = (await inject({ method: 'GET', url: `/v1/tasks/${tasks[0].id as number}/assignments` })).json().items
    const update = await inject({ method: 'POST', url: `/v1/assignments/${assignments[0].id as number}/updates`, ...json({ percent: 20, note: 'Đang xây dựng', author: 'Bộ GD&ĐT' }) })
    t.equal(update.statusCode, 201)
    const withdrawn = await inject({ method: 'DELETE', url: '/v1/notices/3' })
    t.equal(withdrawn.statusCode, 204)
    const kept = await inject({ method: 'GET', url: '/v1/notices/3' })
    t.equal(kept.statusCode, 200)
    t.equal(kept.json().status, 'withdrawn')
    t.equal((await inject({ method: 'GET', url: `/v1/assignments/${assignments[0].id as number}/updates` })).json().items.length, 1, 'the progress is still there')
  })
})
