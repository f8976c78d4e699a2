import { readFileSync } from 'node:fs'
import t from 'tap'
import type { LightMyRequestResponse } from 'fastify'
import { bearer, buildTestApp, json } from '../helper.js'

const APPENDIX = readFileSync(new URL('../fixtures/17-TB-CQTTBCD-2025-12-29-appendix.txt', import.meta.url), 'utf8')

/** The target of a Link header's rel="next", or undefined. */
function nextLink (res: LightMyRequestResponse): string | undefined {
  const link = res.headers.link
  if (link === undefined) return undefined
  return /^<([^>]*)>; rel="next"$/.exec(String(link))?.[1] ?? `unparsed: ${String(link)}`
}

t.test('HTTP semantics (RFC 9110, RFC 8288)', async (t) => {
  const { app, inject, keys } = await buildTestApp(t, { bodyLimit: 65536, today: '2026-04-15' })
  const firstTask = (await inject({ method: 'GET', url: '/v1/tasks?limit=1' })).json().items[0] as { id: number }
  const firstNotice = (await inject({ method: 'GET', url: '/v1/notices?limit=1' })).json().items[0] as { id: number }
  const openAssignments = (await inject({ method: 'GET', url: '/v1/assignments?limit=50' })).json().items.filter((a: { state: string }) => a.state === 'open')
  const openAssignment = async (): Promise<{ id: number, version: number }> => openAssignments.pop()

  t.test('Link rel="next" on a list with a next page: the same path and query, cursor replaced', async (t) => {
    const first = await inject({ method: 'GET', url: '/v1/tasks?limit=2' })
    t.equal(first.statusCode, 200)
    const cursor = first.json().nextCursor as string
    t.equal(nextLink(first), `/v1/tasks?limit=2&cursor=${cursor}`)
    const second = await inject({ method: 'GET', url: nextLink(first) as string })
    t.equal(second.statusCode, 200)
    t.not(second.json().items[0].id, first.json().items[0].id, 'following it gives the next page')
    t.equal(nextLink(second), `/v1/tasks?limit=2&cursor=${second.json().nextCursor as string}`, 'the old cursor is replaced, not repeated')

    const q = 'bộ khoa học'
    const searched = await inject({ method: 'GET', url: `/v1/agencies?q=${encodeURIComponent(q)}&limit=1` })
    const link = nextLink(searched) as string
    t.match(link, /^\/v1\/agencies\?[\x21-\x7e]+$/, 'percent-encoded ASCII')
    const query = new URLSearchParams(link.split('?')[1])
    t.same([...query.keys()], ['q', 'limit', 'cursor'])
    t.equal(query.get('q'), q)
    t.equal(query.get('cursor'), searched.json().nextCursor)
    const followed = await inject({ method: 'GET', url: link })
    t.equal(followed.statusCode, 200)

    const head = await inject({ method: 'HEAD', url: '/v1/tasks?limit=2' })
    t.equal(nextLink(head), `/v1/tasks?limit=2&cursor=${cursor}`, 'HEAD too')

    const last = await inject({ method: 'GET', url: '/v1/tasks?limit=500&cursor=' + Buffer.from(JSON.stringify([2147483000])).toString('base64url') })
    t.equal(last.json().nextCursor, null)
    t.equal(last.headers.link, undefined, 'no Link on the last page')
    t.equal((await inject({ method: 'GET', url: '/v1/agency-groups' })).headers.link, undefined, 'nor on a list that is never paged')
    const nested = await inject({ method: 'GET', url: '/v1/assignments?limit=1' })
    t.equal(nextLink(nested), `/v1/assignments?limit=1&cursor=${nested.json().nextCursor as string}`)
  })

  t.test('304 to a conditional GET or HEAD whose If-None-Match names the ETag (weak comparison)', async (t) => {
    const url = `/v1/tasks/${firstTask.id}`
    const read = await inject({ method: 'GET', url })
    const etag = read.headers.etag as string
    t.match(etag, /^"\d+"$/)
    for (const ifNoneMatch of [etag, `W/${etag}`, `"999999", ${etag}`, `W/"0",W/${etag}`, '*']) {
      const again = await inject({ method: 'GET', url, headers: { 'if-none-match': ifNoneMatch } })
      t.equal(again.statusCode, 304, `If-None-Match: ${ifNoneMatch}`)
      t.equal(again.body, '')
      t.equal(again.headers.etag, etag, 'keeps the ETag')
      t.equal(again.headers['content-length'], undefined, 'no Content-Length')
      t.equal(again.headers['content-type'], undefined, 'no Content-Type')
      t.ok(again.headers['x-request-id'], 'keeps the other headers')
    }
    const head = await inject({ method: 'HEAD', url, headers: { 'if-none-match': etag } })
    t.equal(head.statusCode, 304, 'HEAD')
    t.equal(head.headers['content-length'], undefined, 'HEAD: no Content-Length either')
    t.equal(head.headers.etag, etag)
    for (const ifNoneMatch of ['"999999"', etag.replace(/"/g, ''), 'W/"x"']) {
      const fresh = await inject({ method: 'GET', url, headers: { 'if-none-match': ifNoneMatch } })
      t.equal(fresh.statusCode, 200, `If-None-Match: ${ifNoneMatch}`)
      t.same(fresh.json(), read.json())
    }
    const list = await inject({ method: 'GET', url: '/v1/tasks?limit=1', headers: { 'if-none-match': '*' } })
    t.equal(list.statusCode, 200, 'an answer without an ETag is never a 304')

    const ranking = '/v1/rankings/agencies?from=2026-01-01&to=2026-03-31&asOf=2026-04-01'
    const ranked = await inject({ method: 'GET', url: ranking })
    for (const method of ['GET', 'HEAD'] as const) {
      const unchanged = await inject({ method, url: ranking, headers: { 'if-none-match': `W/${ranked.headers.etag as string}` } })
      t.equal(unchanged.statusCode, 304, `the ranking's own check and the central one agree (${method})`)
      t.equal(unchanged.headers['content-length'], undefined)
      t.equal(unchanged.headers['cache-control'], 'public, max-age=60')
    }
  })

  t.test('If-Match: * accepts any current version; comparison is strong; a list matches on any tag', async (t) => {
    const url = `/v1/notices/${firstNotice.id}`
    const version = async (): Promise<string> => (await inject({ method: 'GET', url })).headers.etag as string
    const patch = async (ifMatch: string | undefined, title: string) =>
      await inject({ method: 'PATCH', url, ...json({ title }, ifMatch === undefined ? {} : { 'if-match': ifMatch }) })

    const star = await patch('*', 'Tiêu đề một')
    t.equal(star.statusCode, 200, '*')
    t.equal(star.headers.etag, `"${star.json().version as number}"`)
    const current = await version()
    const weak = await patch(`W/${current}`, 'Tiêu đề hai')
    t.equal(weak.statusCode, 412, 'a weak tag never matches')
    t.match(weak.json(), { code: 'NQ57_STALE_VERSION', detail: /weak/ })
    const listed = await patch(`"999", ${current}`, 'Tiêu đề ba')
    t.equal(listed.statusCode, 200, 'a list matches on any strong tag')
    const stale = await patch(current, 'Tiêu đề bốn')
    t.equal(stale.statusCode, 412)
    t.match(stale.json().detail, new RegExp(`If-Match ${current} does not name its current version ${await version()}`))
    t.equal((await patch(`"0${current.slice(1)}`, 'x')).statusCode, 412, 'strong comparison is character by character')
    t.equal((await patch('3', 'x')).statusCode, 412, 'not an entity-tag')
    t.equal((await patch(undefined, 'x')).statusCode, 428, 'still required')

    const task = `/v1/tasks/${firstTask.id}`
    const taskStar = await inject({ method: 'PATCH', url: task, ...json({ label: 'a)' }, { 'if-match': '*' }) })
    t.equal(taskStar.statusCode, 200, 'tasks: *')
    t.equal(taskStar.headers.etag, `"${taskStar.json().task.version as number}"`)
    t.equal((await inject({ method: 'PATCH', url: task, ...json({ label: 'b)' }, { 'if-match': `W/${taskStar.headers.etag as string}` }) })).statusCode, 412, 'tasks: weak')

    const assignment = await openAssignment()
    const cancel = await inject({ method: 'PATCH', url: `/v1/assignments/${assignment.id}`, ...json({ state: 'cancelled' }, { 'if-match': `"${assignment.version + 5}", "${assignment.version}"` }) })
    t.equal(cancel.statusCode, 200, 'assignments: a list')
    const reopen = await inject({ method: 'PATCH', url: `/v1/assignments/${assignment.id}`, ...json({ state: 'open' }, { 'if-match': '*' }) })
    t.equal(reopen.statusCode, 200, 'assignments: *')
  })

  t.test('405 with Allow when the path exists under other methods', async (t) => {
    const cases: Array<[string, string, string]> = [
      ['PUT', `/v1/tasks/${firstTask.id}`, 'GET, HEAD, PATCH'],
      ['PUT', `/v1/tasks/${firstTask.id}/`, 'GET, HEAD, PATCH'],
      ['DELETE', '/v1/tasks', 'GET, HEAD'],
      ['POST', '/v1/audit?limit=1', 'GET, HEAD'],
      ['GET', `/v1/notices/${firstNotice.id}/imports`, 'POST'],
      ['PATCH', '/v1/api-keys/1', 'GET, HEAD, DELETE']
    ]
    for (const [method, url, allow] of cases) {
      const res = await inject({ method: method as 'PUT', url })
      t.equal(res.statusCode, 405, `${method} ${url}`)
      t.equal(res.headers.allow, allow)
      t.match(res.headers['content-type'], /^application\/problem\+json/)
      t.match(res.json(), { status: 405, title: 'Method Not Allowed', code: 'NQ57_METHOD_NOT_ALLOWED', requestId: res.headers['x-request-id'] })
      t.equal(res.headers['x-content-type-options'], 'nosniff', 'the usual headers')
      t.match(res.headers['x-ratelimit-remaining'], /^\d+$/, 'counted like any request')
    }
    const anonymous = await app.inject({ method: 'PUT', url: '/v1/tasks/1' })
    t.equal(anonymous.statusCode, 405, 'the same without a key: which methods a path has is public (the OpenAPI document)')
    t.equal((await inject({ method: 'PUT', url: '/v1/no-such-thing' })).statusCode, 404, 'a path nothing answers is still a 404')
    t.match((await inject({ method: 'PUT', url: '/v1/tasks/%E0%A4%A' })).json(), { status: 400, code: 'NQ57_BAD_URL' }, 'a URL that cannot be decoded is no path at all')
    const preflight = await app.inject({ method: 'OPTIONS', url: '/v1/tasks/1', headers: { origin: 'https://portal.example.gov.vn', 'access-control-request-method': 'PATCH' } })
    t.equal(preflight.statusCode, 204, 'OPTIONS stays the CORS preflight')
  })

  t.test('415 NQ57_UNSUPPORTED_MEDIA_TYPE for a body that is not JSON, on every route that takes one', async (t) => {
    const doc = (await inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, { requestBody?: unknown }>> }
    const bodied = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item)
      .filter(([, operation]) => operation.requestBody !== undefined)
      .map(([method, operation]) => [method.toUpperCase(), path.replace(/\{[^}]+\}/g, '1'), operation] as const))
    t.ok(bodied.length >= 20, `${bodied.length} operations take a body`)
    const bodies: Array<[string | undefined, string]> = [
      ['text/plain', '{"title":"x"}'],
      ['application/x-www-form-urlencoded', 'title=x'],
      ['multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--b--\r\n'],
      ['application/xml', '<title>x</title>'],
      [undefined, '{"title":"x"}']
    ]
    const utf8 = await inject({ method: 'PATCH', url: `/v1/notices/${firstNotice.id}`, payload: '{"title": "Thông báo"}', headers: { 'content-type': 'application/json; charset=UTF-8', 'if-match': '*' } })
    t.equal(utf8.statusCode, 200, 'charset=UTF-8 is JSON as usual')
    t.equal((await inject({ method: 'GET', url: '/v1/tasks?limit=1', headers: { 'content-type': 'application/json; charset=latin1' } })).statusCode, 200, 'a request without a body is not judged by its Content-Type')
    for (const [method, url, operation] of bodied) {
      // The funding batch also takes CSV, as finance systems export it; every other body is JSON only.
      const types = url === '/v1/funding/batches' ? ['application/json', 'text/csv'] : ['application/json']
      t.same(Object.keys((operation.requestBody as { content: object }).content), types, `${method} ${url} documents ${types.join(' and ')}`)
      for (const [type, payload] of bodies) {
        const res = await inject({ method: method as 'POST', url, payload, headers: type === undefined ? {} : { 'content-type': type } })
        t.equal(res.statusCode, 415, `${method} ${url} with ${type ?? 'no content-type'}`)
        t.equal(res.json().code, 'NQ57_UNSUPPORTED_MEDIA_TYPE')
      }
    }
  })

  t.test('every error carries an NQ57_ code', async (t) => {
    const cases: Array<[string, number, string, Parameters<typeof inject>[0]]> = [
      ['malformed JSON', 400, 'NQ57_MALFORMED_JSON', { method: 'POST', url: '/v1/notices', payload: '{"title": ', headers: { 'content-type': 'application/json' } }],
      ['empty JSON body', 400, 'NQ57_MALFORMED_JSON', { method: 'POST', url: '/v1/notices', payload: '', headers: { 'content-type': 'application/json' } }],
      ['prototype poisoning', 400, 'NQ57_MALFORMED_JSON', { method: 'POST', url: '/v1/notices', payload: '{"__proto__": {"admin": true}}', headers: { 'content-type': 'application/json' } }],
      ['unparsable Content-Type', 415, 'NQ57_UNSUPPORTED_MEDIA_TYPE', { method: 'POST', url: '/v1/notices', payload: '{}', headers: { 'content-type': '/;;' } }],
      ['body too large', 413, 'NQ57_BODY_TOO_LARGE', { method: 'POST', url: '/v1/notices', ...json({ title: 'x'.repeat(70_000) }) }],
      ['Content-Length larger than the body', 400, 'NQ57_BAD_CONTENT_LENGTH', { method: 'POST', url: '/v1/notices', payload: '{}', headers: { 'content-type': 'application/json', 'content-length': '10' } }],
      ['a charset other than UTF-8', 415, 'NQ57_UNSUPPORTED_MEDIA_TYPE', { method: 'POST', url: '/v1/notices', payload: Buffer.from('{"title": "Th\xf4ng b\xe1o"}', 'latin1'), headers: { 'content-type': 'application/json; charset=windows-1258' } }],
      ['a query parameter given twice', 400, 'NQ57_VALIDATION_FAILED', { method: 'GET', url: '/v1/tasks?limit=1&limit=2' }],
      ['body fails its schema', 400, 'NQ57_VALIDATION_FAILED', { method: 'POST', url: '/v1/notices', ...json({ title: 42 }) }],
      ['query fails its schema', 400, 'NQ57_VALIDATION_FAILED', { method: 'GET', url: '/v1/tasks?limit=abc' }],
      ['path parameter fails its schema', 400, 'NQ57_VALIDATION_FAILED', { method: 'GET', url: '/v1/tasks/abc' }],
      ['path parameter out of range', 400, 'NQ57_VALIDATION_FAILED', { method: 'GET', url: '/v1/tasks/99999999999' }],
      ['forged cursor', 400, 'NQ57_BAD_REQUEST', { method: 'GET', url: '/v1/tasks?cursor=bm90LWEtY3Vyc29y' }],
      ['unknown route', 404, 'NQ57_ROUTE_NOT_FOUND', { method: 'GET', url: '/v1/nothing-here' }],
      ['unknown id', 404, 'NQ57_NOT_FOUND', { method: 'GET', url: '/v1/tasks/2147483647' }],
      ['wrong method', 405, 'NQ57_METHOD_NOT_ALLOWED', { method: 'PUT', url: '/v1/tasks/1' }],
      ['undecodable URL', 400, 'NQ57_BAD_URL', { method: 'GET', url: '/v1/agencies/%E0%A4%A' }],
      ['path segment too long', 414, 'NQ57_URI_TOO_LONG', { method: 'GET', url: `/v1/agencies/${'A'.repeat(201)}` }],
      ['URL too long', 414, 'NQ57_URI_TOO_LONG', { method: 'GET', url: `/v1/agencies?q=${'a'.repeat(9000)}` }],
      ['no API key', 401, 'NQ57_UNAUTHENTICATED', { method: 'GET', url: '/v1/tasks', headers: { authorization: '' } }],
      ['role not allowed', 403, 'NQ57_FORBIDDEN', { method: 'POST', url: '/v1/notices', ...json({}, bearer(keys.reader)) }],
      ['If-Match missing', 428, 'NQ57_IF_MATCH_REQUIRED', { method: 'PATCH', url: `/v1/notices/${firstNotice.id}`, ...json({ title: 'x' }) }],
      ['If-Match stale', 412, 'NQ57_STALE_VERSION', { method: 'PATCH', url: `/v1/notices/${firstNotice.id}`, ...json({ title: 'x' }, { 'if-match': '"0"' }) }],
      ['bad Idempotency-Key', 422, 'NQ57_UNPROCESSABLE', { method: 'POST', url: '/v1/api-keys', ...json({ name: 'x', role: 'reader' }, { 'idempotency-key': 'no spaces allowed' }) }]
    ]
    for (const [what, status, code, options] of cases) {
      const res = await inject(options)
      t.equal(res.statusCode, status, what)
      t.match(res.headers['content-type'], /^application\/problem\+json/, `${what}: problem+json`)
      t.match(res.json().code, /^NQ57_[A-Z_]+$/, `${what}: an NQ57_ code`)
      t.equal(res.json().code, code, what)
    }
  })

  t.test('Location on every 201 names the created resource, and following it answers the same resource', async (t) => {
    const assignment = await openAssignment()
    const update = await inject({ method: 'POST', url: `/v1/assignments/${assignment.id}/updates`, ...json({ percent: 40, note: 'Đang làm' }, { 'idempotency-key': 'progress-once' }) })
    t.equal(update.statusCode, 201)
    t.equal(update.headers.location, `/v1/assignments/${assignment.id}/updates/${update.json().id as number}`)
    const readUpdate = await inject({ method: 'GET', url: update.headers.location as string, headers: bearer(keys.reader) })
    t.equal(readUpdate.statusCode, 200)
    t.same(readUpdate.json(), update.json())
    const replayed = await inject({ method: 'POST', url: `/v1/assignments/${assignment.id}/updates`, ...json({ percent: 40, note: 'Đang làm' }, { 'idempotency-key': 'progress-once' }) })
    t.equal(replayed.headers['idempotent-replayed'], 'true')
    t.equal(replayed.headers.location, update.headers.location, 'an idempotent replay keeps Location')
    t.equal((await inject({ method: 'GET', url: `/v1/assignments/${assignment.id + 1}/updates/${update.json().id as number}` })).statusCode, 404, 'an update is found under its own assignment only')

    const key = await inject({ method: 'POST', url: '/v1/api-keys', ...json({ name: 'Cổng thông tin', role: 'reader' }, { 'idempotency-key': 'key-location' }) })
    t.equal(key.statusCode, 201)
    t.equal(key.headers.location, `/v1/api-keys/${key.json().key.id as number}`)
    const readKey = await inject({ method: 'GET', url: key.headers.location as string })
    t.equal(readKey.statusCode, 200)
    t.same(readKey.json(), key.json().key)
    t.notOk(readKey.body.includes(key.json().secret), 'never the secret')
    const keyAgain = await inject({ method: 'POST', url: '/v1/api-keys', ...json({ name: 'Cổng thông tin', role: 'reader' }, { 'idempotency-key': 'key-location' }) })
    t.equal(keyAgain.statusCode, 409, 'a replay cannot repeat the secret…')
    t.match(keyAgain.json().detail, `it was created as ${key.headers.location as string}`, '…but says where the key is')
    t.equal((await inject({ method: 'GET', url: key.headers.location as string, headers: bearer(keys.secretariat) })).statusCode, 403, 'admins only, as the list')

    const hook = await inject({ method: 'POST', url: '/v1/webhooks', ...json({ url: 'https://8.8.8.8/hook', eventTypes: ['*'] }) })
    t.equal(hook.statusCode, 201)
    t.equal(hook.headers.location, `/v1/webhooks/${hook.json().subscription.id as number}`)

    const notice = await inject({ method: 'POST', url: '/v1/notices', ...json({ number: '99-TB/CQTTBCĐ', title: 'Nhập', issuedOn: '2026-01-01', issuer: 'CQTTBCD' }) })
    const imported = await app.inject({ method: 'POST', url: `/v1/notices/${notice.json().id as number}/imports`, ...json({ text: APPENDIX, dryRun: false }, bearer(keys.secretariat)) })
    t.equal(imported.statusCode, 201)
    t.match(imported.headers.location, new RegExp(`^/v1/notices/${notice.json().id as number}/imports/\\d+$`))
    const readImport = await app.inject({ method: 'GET', url: imported.headers.location as string, headers: bearer(keys.secretariat) })
    t.equal(readImport.statusCode, 200)
    t.match(readImport.headers['content-type'], /^application\/json/)
    t.equal(readImport.body, imported.body, 'byte for byte what the import answered')
    t.equal((await app.inject({ method: 'GET', url: imported.headers.location as string, headers: bearer(keys.reader) })).statusCode, 403, 'the Standing Office\'s, as the import')
    t.equal((await inject({ method: 'GET', url: `/v1/notices/${firstNotice.id}/imports/${imported.headers.location?.toString().split('/').at(-1) ?? ''}` })).statusCode, 404, 'under its own notice only')
    const dryRun = await inject({ method: 'POST', url: `/v1/notices/${notice.json().id as number}/imports`, ...json({ text: APPENDIX }) })
    t.equal(dryRun.statusCode, 200)
    t.equal(dryRun.headers.location, undefined, 'a dry run creates nothing')
  })
})
