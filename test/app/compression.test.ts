import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import t from 'tap'
import { buildTestApp, json as body } from '../helper.js'

t.test('answers are compressed when the client accepts it', async (t) => {
  const { inject } = await buildTestApp(t)
  const plain = await inject({ method: 'GET', url: '/v1/tasks?limit=50' })
  t.equal(plain.statusCode, 200)
  t.equal(plain.headers['content-encoding'], undefined, 'not without Accept-Encoding')

  t.test('brotli, then gzip, each decoding to the same page', async (t) => {
    for (const [encoding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
      const answer = await inject({ method: 'GET', url: '/v1/tasks?limit=50', headers: { 'accept-encoding': encoding } })
      t.equal(answer.statusCode, 200)
      t.equal(answer.headers['content-encoding'], encoding)
      t.match(String(answer.headers.vary), /accept-encoding/i, 'Vary names Accept-Encoding for caches')
      t.ok(answer.rawPayload.length < plain.rawPayload.length / 3, `${encoding}: ${answer.rawPayload.length} bytes for ${plain.rawPayload.length}`)
      t.same(JSON.parse(decode(answer.rawPayload).toString('utf8')), plain.json())
      t.equal(answer.headers.link, plain.headers.link, 'the page keeps its Link')
    }
  })

  t.test('the CSV export too', async (t) => {
    const csv = await inject({ method: 'GET', url: '/v1/tasks.csv', headers: { 'accept-encoding': 'gzip' } })
    t.equal(csv.statusCode, 200)
    t.equal(csv.headers['content-encoding'], 'gzip')
    t.match(gunzipSync(csv.rawPayload).toString('utf8'), /^.+\r?\n/)
  })

  t.test('not small answers, and never a 304', async (t) => {
    const live = await inject({ method: 'GET', url: '/health/live', headers: { 'accept-encoding': 'gzip' } })
    t.equal(live.headers['content-encoding'], undefined, 'under 1 KB stays as it is')
    const task = await inject({ method: 'GET', url: '/v1/tasks/1' })
    const again = await inject({ method: 'GET', url: '/v1/tasks/1', headers: { 'accept-encoding': 'gzip', 'if-none-match': String(task.headers.etag) } })
    t.equal(again.statusCode, 304)
    t.equal(again.headers['content-encoding'], undefined)
    t.equal(again.rawPayload.length, 0)
  })

  t.test('a compressed request body is not inflated', async (t) => {
    const payload = gzipSync(JSON.stringify({ number: '46-TB/CQTTBCĐ', issuedOn: '2026-04-01', issuer: 'CQTTBCD', title: 'Nén' }))
    const answer = await inject({ method: 'POST', url: '/v1/notices', payload, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' } })
    t.equal(answer.statusCode, 415)
    t.match(answer.json().detail, /Content-Encoding: gzip/)
    const plainBody = await inject({ method: 'POST', url: '/v1/notices', ...body({ number: '46-TB/CQTTBCĐ', issuedOn: '2026-04-01', issuer: 'CQTTBCD', title: 'Nén' }) })
    t.equal(plainBody.statusCode, 201, 'the notice was not created by the compressed request')
  })
})
