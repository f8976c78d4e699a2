import t from 'tap'
import { buildTestApp, json } from '../helper.js'

const rawCursor = (text: string): string => Buffer.from(text).toString('base64url')
const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`
const notice = { number: '90-TB/CQTTBCĐ', issuedOn: '2026-04-10', issuer: 'CQTTBCD', title: 'Thông báo' }

t.test('hostile input is a 400 problem, never a 500', async (t) => {
  const { inject } = await buildTestApp(t)
  const problemOf = async (options: Parameters<typeof inject>[0]) => {
    const res = await inject(options)
    t.match(res.headers['content-type'], /^application\/problem\+json/, `${options.method} ${options.url} answers a problem`)
    return { status: res.statusCode, body: res.json() }
  }

  t.test('API8:2023 Security misconfiguration — U+0000 or half a surrogate pair in a query, path, header or body string is a 400 naming it', async (t) => {
    const cases = [
      { options: { method: 'GET' as const, url: '/v1/agencies?q=a%00b' }, at: { in: 'query', field: '/q' } },
      { options: { method: 'GET' as const, url: `/v1/tasks?q=${encodeURIComponent('việc\u0000')}` }, at: { in: 'query', field: '/q' } },
      { options: { method: 'GET' as const, url: '/v1/agencies/BK%00HCN' }, at: { in: 'path', field: '/code' } },
      { options: { method: 'PATCH' as const, url: '/v1/notices/1', ...json({ title: 'x' }, { 'if-match': '"1\u0000"' }) }, at: { in: 'header', field: '/if-match' } },
      { options: { method: 'POST' as const, url: '/v1/notices', ...json({ ...notice, title: 'Thông\u0000báo' }) }, at: { in: 'body', field: '/title' } },
      { options: { method: 'POST' as const, url: '/v1/notices', ...json('{"number":"91-TB","issuedOn":"2026-04-10","issuer":"CQTTBCD","title":"a\\ud800b"}') }, at: { in: 'body', field: '/title' } },
      { options: { method: 'POST' as const, url: '/v1/notices', ...json('{"number":"92-TB","issuedOn":"2026-04-10","issuer":"CQTTBCD","title":"\\udc00"}') }, at: { in: 'body', field: '/title' } },
      { options: { method: 'POST' as const, url: '/v1/api-keys', ...json({ name: 'khoá\u0000', role: 'reader' }) }, at: { in: 'body', field: '/name' } }
    ]
    for (const { options, at } of cases) {
      const { status, body } = await problemOf(options)
      t.equal(status, 400, `${options.method} ${options.url}`)
      t.match(body, { code: 'NQ57_VALIDATION_FAILED', errors: [{ ...at, message: /U\+0000 or an unpaired surrogate/ }] })
    }
    const pair = await inject({ method: 'GET', url: `/v1/agencies?q=${encodeURIComponent('công an 😀')}` })
    t.equal(pair.statusCode, 200, 'a whole surrogate pair (an emoji) is ordinary text')
    t.equal(pair.json().items[0].code, 'BCA')
  })

  t.test('API8:2023 Security misconfiguration — a CSV export with U+0000 in a filter is refused before the stream starts', async (t) => {
    const res = await inject({ method: 'GET', url: '/v1/tasks.csv?q=a%00b' })
    t.equal(res.statusCode, 400)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.match(res.json(), { code: 'NQ57_VALIDATION_FAILED', errors: [{ in: 'query', field: '/q' }] })
  })

  t.test('API8:2023 Security misconfiguration — an integer in a path or query is plain digits, finite and in range', async (t) => {
    for (const id of ['1e309', '-1e309', 'Infinity', '%201', '1%20', '1.5', '1e2', '0x10', '%2B1', '2147483648']) {
      const { status, body } = await problemOf({ method: 'GET', url: `/v1/tasks/${id}` })
      t.equal(status, 400, `/v1/tasks/${id}`)
      t.match(body, { code: 'NQ57_VALIDATION_FAILED', errors: [{ in: 'path', field: '/id' }] })
    }
    for (const limit of ['1e1', '%201', 'Infinity', '1e309', '2.0']) {
      const { status, body } = await problemOf({ method: 'GET', url: `/v1/tasks?limit=${limit}` })
      t.equal(status, 400, `limit=${limit}`)
      t.match(body.errors, [{ in: 'query', field: '/limit' }])
    }
    t.equal((await inject({ method: 'GET', url: '/v1/tasks/1' })).statusCode, 200, 'a plain id still works')
    t.equal((await inject({ method: 'GET', url: '/v1/tasks?limit=2&noticeId=1' })).json().items.length, 2, 'plain numbers in a query still work')
  })

  t.test('API8:2023 Security misconfiguration — a cursor is checked for shape and range', async (t) => {
    const forged = ['[1.5e308]', '[1e309]', '[1e300]', '[-1]', '[0]', '[1.5]', '["1"]', '[[1]]', '[1,2]', '[]', '{}', '[null]', '[2147483648]']
    for (const text of forged) {
      const { status, body } = await problemOf({ method: 'GET', url: `/v1/tasks?cursor=${rawCursor(text)}` })
      t.equal(status, 400, `tasks cursor ${text}`)
      t.match(body, { code: 'NQ57_BAD_REQUEST', detail: /cursor/ })
    }
    t.equal((await inject({ method: 'GET', url: '/v1/tasks?cursor=WzEuNWUzMDhd' })).statusCode, 400, 'the cursor from the report')
    for (const text of ['[1e309,"BCA"]', '[1,"B\\u0000"]', '["1","BCA"]', '[1]']) {
      t.equal((await inject({ method: 'GET', url: `/v1/agencies?q=bo&cursor=${rawCursor(text)}` })).statusCode, 400, `agency cursor ${text}`)
    }
    const first = (await inject({ method: 'GET', url: '/v1/tasks?limit=2' })).json()
    const next = await inject({ method: 'GET', url: `/v1/tasks?limit=2&cursor=${first.nextCursor as string}` })
    t.equal(next.statusCode, 200, 'an issued cursor still works')
    t.ok(next.json().items[0].id > first.items[1].id)
  })

  t.test('API4:2023 Unrestricted resource consumption — JSON nested deeper than 32 levels is a 400, with or without an Idempotency-Key', async (t) => {
    const deep = json(`{"number":"93-TB","issuedOn":"2026-04-10","issuer":"CQTTBCD","title":"x","x":${nested(20000)}}`, { 'idempotency-key': 'deep-1' })
    const { status, body } = await problemOf({ method: 'POST', url: '/v1/notices', ...deep })
    t.equal(status, 400)
    t.match(body, { code: 'NQ57_VALIDATION_FAILED', errors: [{ in: 'body', message: /nest deeper than 32/ }] })
    const shallow = await problemOf({ method: 'POST', url: '/v1/notices', ...json(`{"x":${nested(3)}}`) })
    t.notMatch(JSON.stringify(shallow.body.errors), /nest deeper/, 'shallow nesting meets the schema, not the nesting rule')
    // A route without a body schema: the body is only hashed for the idempotency record.
    const unchecked = await problemOf({ method: 'POST', url: '/v1/reports/1/submit', ...json(nested(20000), { 'idempotency-key': 'deep-2', 'if-match': '"1"' }) })
    t.equal(unchecked.status, 400)
    t.match(unchecked.body, { code: 'NQ57_BAD_REQUEST', detail: 'the body nests too deeply' })
  })

  t.test('API4:2023 Unrestricted resource consumption — a q of LIKE metacharacters or without letters does not list every agency', async (t) => {
    for (const q of ['%%%', '___', '\\', '!!!', '%_\\', ' ']) {
      const { status, body } = await problemOf({ method: 'GET', url: `/v1/agencies?q=${encodeURIComponent(q)}` })
      t.equal(status, 400, `q=${JSON.stringify(q)}`)
      t.match(body.errors, [{ in: 'query', field: '/q' }])
    }
    const foreign = await inject({ method: 'GET', url: `/v1/agencies?q=${encodeURIComponent('公安')}` })
    t.equal(foreign.statusCode, 200)
    t.same(foreign.json().items, [], 'letters the search cannot read match nothing')
    const wrapped = await inject({ method: 'GET', url: `/v1/agencies?q=${encodeURIComponent('%công an%')}` })
    t.equal(wrapped.json().items[0].code, 'BCA', 'around real words the metacharacters are only punctuation')
  })

  t.test('API8:2023 Security misconfiguration — every route refuses a query parameter it does not name', async (t) => {
    const doc = (await inject({ method: 'GET', url: '/openapi.json' })).json()
    let checked = 0
    for (const [path, item] of Object.entries<Record<string, { requestBody?: unknown }>>(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        // With a body the body is validated first; these routes still get the same query schema.
        if (operation.requestBody !== undefined) continue
        const url = `${path.replace(/\{code\}/g, 'BKHCN').replace(/\{\w+\}/g, '1')}?zzz=1`
        const res = await inject({ method: method.toUpperCase() as 'GET', url, headers: { 'if-match': '"1"' } })
        t.equal(res.statusCode, 400, `${method.toUpperCase()} ${path}`)
        const named = (res.json().errors as Array<{ in: string, field: string }>).some((e) => e.in === 'query' && e.field === '/zzz')
        t.ok(named, `${method.toUpperCase()} ${path} names the parameter`)
        checked++
      }
    }
    t.ok(checked >= 40, `${checked} operations checked`)
    t.equal((await inject({ method: 'GET', url: '/v1/api-keys' })).json().items.length >= 3, true, 'the DELETE above changed nothing')
  })
})
