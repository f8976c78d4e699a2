import net from 'node:net'
import type { AddressInfo } from 'node:net'
import t, { type Test } from 'tap'
import { buildTestApp } from '../helper.js'

interface RawAnswer { status: number, headers: Record<string, string>, body: string }

/** Sends bytes no HTTP client would, and reads the answer until the server closes. */
async function rawRequest (port: number, request: string): Promise<RawAnswer> {
  const text = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request))
    let received = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => { received += chunk })
    socket.on('close', () => resolve(received))
    socket.on('error', reject)
  })
  const [head = '', body = ''] = text.split('\r\n\r\n')
  const [statusLine = '', ...lines] = head.split('\r\n')
  const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]))
  return { status: Number(statusLine.split(' ')[1]), headers, body }
}

t.test('framework errors answer problem+json with an NQ57_ code and the usual headers', async (t) => {
  const { app, inject } = await buildTestApp(t, { bodyLimit: 2048 })
  const expectProblem = (t: Test, res: { statusCode: number, headers: Record<string, unknown>, body: string }, status: number, code: string) => {
    t.equal(res.statusCode, status)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    const body = JSON.parse(res.body)
    t.match(body, { status, code, requestId: res.headers['x-request-id'] })
    t.equal(res.headers['x-content-type-options'], 'nosniff')
    t.ok(res.headers['content-security-policy'], 'security headers')
  }

  t.test('API8:2023 Security misconfiguration — malformed JSON, an empty JSON body, a wrong media type and a body too large', async (t) => {
    expectProblem(t, await inject({ method: 'POST', url: '/v1/notices', payload: '{"number": ', headers: { 'content-type': 'application/json' } }), 400, 'NQ57_MALFORMED_JSON')
    expectProblem(t, await inject({ method: 'POST', url: '/v1/notices', payload: '', headers: { 'content-type': 'application/json' } }), 400, 'NQ57_MALFORMED_JSON')
    expectProblem(t, await inject({ method: 'POST', url: '/v1/notices', payload: 'number=1', headers: { 'content-type': 'text/plain' } }), 415, 'NQ57_UNSUPPORTED_MEDIA_TYPE')
    expectProblem(t, await inject({ method: 'POST', url: '/v1/notices', payload: '<notice/>', headers: { 'content-type': 'application/xml' } }), 415, 'NQ57_UNSUPPORTED_MEDIA_TYPE')
    expectProblem(t, await inject({ method: 'POST', url: '/v1/notices', payload: JSON.stringify({ title: 'x'.repeat(4000) }), headers: { 'content-type': 'application/json' } }), 413, 'NQ57_BODY_TOO_LARGE')
  })

  t.test('API8:2023 Security misconfiguration — a URL the router cannot decode, a path segment or URL too long', async (t) => {
    expectProblem(t, await inject({ method: 'GET', url: '/v1/agencies/%E0%A4%A' }), 400, 'NQ57_BAD_URL')
    expectProblem(t, await inject({ method: 'GET', url: `/v1/agencies/${'A'.repeat(201)}` }), 414, 'NQ57_URI_TOO_LONG')
    expectProblem(t, await inject({ method: 'GET', url: `/v1/agencies?q=${'a'.repeat(9000)}` }), 414, 'NQ57_URI_TOO_LONG')
  })

  t.test('API8:2023 Security misconfiguration — what Node\'s HTTP parser refuses (414, 431, 400) is a problem too', async (t) => {
    await app.listen({ port: 0, host: '127.0.0.1' })
    const { port } = app.server.address() as AddressInfo
    const answers = {
      414: await rawRequest(port, `GET /v1/agencies?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`),
      431: await rawRequest(port, `GET /health/live HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'b'.repeat(20_000)}\r\n\r\n`),
      400: await rawRequest(port, 'NOT-HTTP\r\n\r\n')
    }
    const codes = { 414: 'NQ57_URI_TOO_LONG', 431: 'NQ57_HEADERS_TOO_LARGE', 400: 'NQ57_MALFORMED_REQUEST' }
    for (const [status, answer] of Object.entries(answers)) {
      t.equal(answer.status, Number(status))
      t.match(answer.headers['content-type'], /^application\/problem\+json/)
      t.equal(answer.headers['x-content-type-options'], 'nosniff')
      t.equal(Number(answer.headers['content-length']), Buffer.byteLength(answer.body))
      const body = JSON.parse(answer.body)
      t.match(body, { status: Number(status), code: codes[Number(status) as 414], requestId: answer.headers['x-request-id'] })
    }
    const fine = await fetch(`http://127.0.0.1:${port}/health/live`)
    t.equal(fine.status, 200, 'the server goes on serving')
  })
})
