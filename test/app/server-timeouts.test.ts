import { spawn } from 'node:child_process'
import { connect, type Socket } from 'node:net'
import pg from 'pg'
import t, { type Test } from 'tap'
import { buildApp } from '../../src/app.js'
import { ConfigError, DEFAULT_HTTP_TIMEOUTS, loadConfig } from '../../src/config.js'
import { serverOptions } from '../../src/server-options.js'
import { bearer, freshDatabase } from '../helper.js'

// Small, distinct values: each cut-off can be told apart from the others by when it happens.
const HEADERS_MS = 1000
const REQUEST_MS = 2000
const KEEP_ALIVE_MS = 1500
const CONNECTION_MS = 8000
// Node checks for overdue requests every quarter of the headers timeout here (src/server-options.ts),
// keeps an idle socket 1 s past the keep-alive timeout it advertises, and test files run side by side.
const SLACK_MS = 2500
const ADMIN_KEY = 'server-timeouts-test-admin-key-0123456789'

const sleep = async (ms: number): Promise<void> => { await new Promise((resolve) => setTimeout(resolve, ms)) }

/** A raw client: what it received, when the server first answered or hung up, and when the socket closed. */
interface RawClient {
  socket: Socket
  received: () => string
  /** ms from the start (or the last restart) to the first answer byte, or to the close when nothing came. */
  cutAt: () => number | undefined
  /** Resolves with the ms until the socket closed, or undefined if it was still open after `ms`. */
  closedWithin: (ms: number) => Promise<number | undefined>
  /** Measures from now on. */
  restart: () => void
}

async function rawClient (t: Test, port: number): Promise<RawClient> {
  const socket = connect(port, '127.0.0.1')
  await new Promise((resolve, reject) => { socket.once('connect', resolve); socket.once('error', reject) })
  socket.setEncoding('utf8')
  let start = performance.now()
  let received = ''
  let cut: number | undefined
  let closed: number | undefined
  const closedPromise = new Promise<void>((resolve) => socket.once('close', () => {
    closed = performance.now()
    cut ??= closed - start
    resolve()
  }))
  socket.on('data', (chunk: string) => { received += chunk; cut ??= performance.now() - start })
  // The server may reset the connection while the client still writes.
  socket.on('error', () => {})
  t.teardown(() => { socket.destroy() })
  return {
    socket,
    received: () => received,
    cutAt: () => cut,
    restart: () => { start = performance.now(); cut = undefined },
    closedWithin: async (ms) => {
      await Promise.race([closedPromise, sleep(ms)])
      return closed === undefined ? undefined : closed - start
    }
  }
}

/** Writes `piece` every `everyMs` until the socket is closed or ended by the server. */
function trickle (client: RawClient, piece: string, everyMs: number): () => void {
  const timer = setInterval(() => {
    if (client.socket.writable && client.cutAt() === undefined) client.socket.write(piece)
  }, everyMs)
  return () => { clearInterval(timer) }
}

function statusOf (text: string): number | undefined {
  const match = /^HTTP\/1\.1 (\d{3}) /.exec(text)
  return match === null ? undefined : Number(match[1])
}

t.test('the timeouts are settings with defaults; serverOptions falls back to them when a config leaves them out', async (t) => {
  const config = loadConfig({})
  t.same({
    HTTP_REQUEST_TIMEOUT_MS: config.HTTP_REQUEST_TIMEOUT_MS,
    HTTP_HEADERS_TIMEOUT_MS: config.HTTP_HEADERS_TIMEOUT_MS,
    HTTP_KEEP_ALIVE_TIMEOUT_MS: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    HTTP_CONNECTION_TIMEOUT_MS: config.HTTP_CONNECTION_TIMEOUT_MS
  }, { HTTP_REQUEST_TIMEOUT_MS: 30000, HTTP_HEADERS_TIMEOUT_MS: 10000, HTTP_KEEP_ALIVE_TIMEOUT_MS: 72000, HTTP_CONNECTION_TIMEOUT_MS: 60000 })
  t.ok(DEFAULT_HTTP_TIMEOUTS.HTTP_KEEP_ALIVE_TIMEOUT_MS > 60_000, 'idle keep-alive outlasts a 60 s load balancer idle timeout')

  const partial = serverOptions({ LOG_LEVEL: 'silent', BODY_LIMIT: 1048576 })
  t.match(partial, { requestTimeout: 30000, keepAliveTimeout: 72000, connectionTimeout: 60000, http: { headersTimeout: 10000, requestTimeout: 30000, maxHeaderSize: 16384, connectionsCheckingInterval: 1000 } })
  const undefinedOnes = serverOptions({ LOG_LEVEL: 'silent', BODY_LIMIT: 1048576, HTTP_REQUEST_TIMEOUT_MS: undefined, HTTP_HEADERS_TIMEOUT_MS: undefined })
  t.match(undefinedOnes, { requestTimeout: 30000, http: { headersTimeout: 10000 } }, 'an explicit undefined takes the default too')
  const chosen = serverOptions(loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '4000', HTTP_HEADERS_TIMEOUT_MS: '400', HTTP_KEEP_ALIVE_TIMEOUT_MS: '90000', HTTP_CONNECTION_TIMEOUT_MS: '5000' }))
  t.match(chosen, { requestTimeout: 4000, keepAliveTimeout: 90000, connectionTimeout: 5000, http: { headersTimeout: 400, requestTimeout: 4000, connectionsCheckingInterval: 100 } })
})

t.test('a bad timeout setting is refused in one line naming the variable', async (t) => {
  const refusal = (env: Record<string, string>): string => {
    try {
      loadConfig(env)
    } catch (error) {
      if (error instanceof ConfigError) return error.message
      throw error
    }
    return 'accepted'
  }
  for (const name of Object.keys(DEFAULT_HTTP_TIMEOUTS)) {
    const message = refusal({ [name]: '-1000' })
    t.match(message, new RegExp(`^Invalid environment variable ${name}="?-1000"?: must be >= 100$`), `${name} negative`)
  }
  t.match(refusal({ HTTP_REQUEST_TIMEOUT_MS: '0' }), /^Invalid environment variable HTTP_REQUEST_TIMEOUT_MS="?0"?: must be >= 100$/, 'zero (no timeout) is refused too')
  t.match(refusal({ HTTP_KEEP_ALIVE_TIMEOUT_MS: 'soon' }), /^Invalid environment variable HTTP_KEEP_ALIVE_TIMEOUT_MS="soon": must be integer$/)
  t.match(refusal({ HTTP_CONNECTION_TIMEOUT_MS: '3000000000' }), /^Invalid environment variable HTTP_CONNECTION_TIMEOUT_MS="?3000000000"?: must be <= 2147483647$/, 'beyond what a Node timer holds')
  t.match(refusal({ HTTP_HEADERS_TIMEOUT_MS: '40000' }), /^Invalid environment variable HTTP_HEADERS_TIMEOUT_MS="?40000"?: must not exceed HTTP_REQUEST_TIMEOUT_MS \(30000\)$/)
  t.match(refusal({ HTTP_REQUEST_TIMEOUT_MS: '5000' }), /^Invalid environment variable HTTP_HEADERS_TIMEOUT_MS="?10000"?: must not exceed HTTP_REQUEST_TIMEOUT_MS \(5000\)$/, 'a request timeout below the default headers timeout')
  t.equal(refusal({ HTTP_REQUEST_TIMEOUT_MS: '5000', HTTP_HEADERS_TIMEOUT_MS: '5000' }), 'accepted')
  for (const message of [refusal({ HTTP_HEADERS_TIMEOUT_MS: '-1' }), refusal({ HTTP_HEADERS_TIMEOUT_MS: '40000' })]) t.notOk(message.includes('\n'), 'one line')

  t.test('the service itself stops at start with that line and exit status 1', async (t) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: { ...process.env, HTTP_HEADERS_TIMEOUT_MS: '-5', LOG_LEVEL: 'silent', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString() })
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString() })
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    t.equal(code, 1)
    const lines = output.split('\n').filter((line) => line.trim() !== '')
    t.equal(lines.length, 1, `one line: ${output.slice(0, 300)}`)
    t.match(lines[0], /^Invalid environment variable HTTP_HEADERS_TIMEOUT_MS="?-5"?: must be >= 100$/)
  })
})

t.test('the HTTP server cuts off slow and idle clients', async (t) => {
  const { connectionString, ownerConnectionString, drop } = await freshDatabase()
  const app = await buildApp({
    config: {
      LOG_LEVEL: 'silent',
      BODY_LIMIT: 1048576,
      DB_POOL_SIZE: 4,
      DB_CONNECT_TIMEOUT_MS: 10_000,
      DB_PROBE_TIMEOUT_MS: 5000,
      TODAY: undefined,
      ADMIN_API_KEY: ADMIN_KEY,
      RATE_LIMIT_PER_MINUTE: 100000,
      CORS_ORIGINS: '',
      HTTP_HEADERS_TIMEOUT_MS: HEADERS_MS,
      HTTP_REQUEST_TIMEOUT_MS: REQUEST_MS,
      HTTP_KEEP_ALIVE_TIMEOUT_MS: KEEP_ALIVE_MS,
      HTTP_CONNECTION_TIMEOUT_MS: CONNECTION_MS
    },
    connectionString
  })
  t.teardown(async () => {
    await app.close()
    await drop()
  })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  const port = Number(new URL(address).port)

  t.test('the settings reach the Node server', async (t) => {
    t.match(app.server, { headersTimeout: HEADERS_MS, requestTimeout: REQUEST_MS, keepAliveTimeout: KEEP_ALIVE_MS, timeout: CONNECTION_MS })
  })

  t.test('slowloris: headers trickled one line at a time are cut off after the headers timeout with a 408', async (t) => {
    const client = await rawClient(t, port)
    client.socket.write('GET /health/live HTTP/1.1\r\nHost: localhost\r\n')
    // Never idle for long, so only a limit on the headers' total time can stop it.
    const stop = trickle(client, 'X-Slow: 1\r\n', 150)
    t.teardown(stop)
    const closedAfter = await client.closedWithin(HEADERS_MS + SLACK_MS + 2500)
    stop()
    const cut = client.cutAt()
    t.ok(cut !== undefined, 'the server answered or hung up')
    t.ok(cut !== undefined && cut >= HEADERS_MS - 50, `not before the headers timeout (${Math.round(cut ?? NaN)} ms)`)
    t.ok(cut !== undefined && cut < HEADERS_MS + SLACK_MS, `soon after it (${Math.round(cut ?? NaN)} ms)`)
    t.ok(closedAfter !== undefined, 'the connection is closed')
    const text = client.received()
    if (text !== '') {
      t.equal(statusOf(text), 408)
      t.match(text, /content-type: application\/problem\+json/i)
      t.match(text, /"code":"NQ57_REQUEST_TIMEOUT"/)
    }
  })

  t.test('a connection that sends nothing at all is cut off after the headers timeout', async (t) => {
    const client = await rawClient(t, port)
    await client.closedWithin(HEADERS_MS + SLACK_MS + 2500)
    const cut = client.cutAt()
    t.ok(cut !== undefined && cut >= HEADERS_MS - 50 && cut < HEADERS_MS + SLACK_MS, `cut off after ${Math.round(cut ?? NaN)} ms`)
    if (client.received() !== '') t.equal(statusOf(client.received()), 408)
  })

  t.test('a POST whose body trickles in slower than the request timeout is cut off', async (t) => {
    const client = await rawClient(t, port)
    const body = JSON.stringify({ padding: 'x'.repeat(200) })
    const head = `POST /v1/notices HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${ADMIN_KEY}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`
    client.socket.write(head + body.slice(0, 10))
    // The headers arrive at once, well within their own timeout; then two bytes a 150 ms.
    let sent = 10
    const timer = setInterval(() => {
      if (!client.socket.writable || client.cutAt() !== undefined || sent >= body.length - 1) return
      client.socket.write(body.slice(sent, sent + 2))
      sent += 2
    }, 150)
    t.teardown(() => { clearInterval(timer) })
    const closedAfter = await client.closedWithin(REQUEST_MS + SLACK_MS + 2500)
    clearInterval(timer)
    const cut = client.cutAt()
    t.ok(sent < body.length - 1, 'the body never completed')
    t.ok(cut !== undefined && cut >= REQUEST_MS - 50, `not before the request timeout (${Math.round(cut ?? NaN)} ms), so not the headers timeout`)
    t.ok(cut !== undefined && cut < REQUEST_MS + SLACK_MS, `soon after it (${Math.round(cut ?? NaN)} ms)`)
    t.ok(closedAfter !== undefined, 'the connection is closed')
    if (client.received() !== '') {
      t.equal(statusOf(client.received()), 408)
      t.match(client.received(), /"code":"NQ57_REQUEST_TIMEOUT"/)
    }
  })

  t.test('an idle keep-alive connection is closed after the keep-alive timeout, not the headers timeout', async (t) => {
    const client = await rawClient(t, port)
    client.socket.write('GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n')
    for (let i = 0; i < 100 && !/\r\n\r\n[\s\S]*\}$/.test(client.received()); i++) await sleep(20)
    const answer = client.received()
    t.equal(statusOf(answer), 200)
    t.match(answer, /connection: keep-alive/i)
    t.match(answer, new RegExp(`keep-alive: timeout=${Math.floor(KEEP_ALIVE_MS / 1000)}`, 'i'))
    client.restart()
    const answered = client.received().length
    const closedAfter = await client.closedWithin(KEEP_ALIVE_MS + 1000 + SLACK_MS + 2500)
    t.ok(closedAfter !== undefined, 'the server closed the idle connection')
    t.ok(closedAfter !== undefined && closedAfter >= KEEP_ALIVE_MS - 50, `not before the keep-alive timeout (${Math.round(closedAfter ?? NaN)} ms)`)
    // Node keeps the socket 1 s past the advertised timeout, so a client never reuses one being closed.
    t.ok(closedAfter !== undefined && closedAfter < KEEP_ALIVE_MS + 1000 + SLACK_MS, `soon after it (${Math.round(closedAfter ?? NaN)} ms)`)
    t.equal(client.received().slice(answered), '', 'closed without a word: nothing was asked')
  })

  t.test('a keep-alive connection in use serves one request after another', async (t) => {
    const client = await rawClient(t, port)
    for (let i = 1; i <= 3; i++) {
      client.socket.write('GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n')
      for (let j = 0; j < 100 && (client.received().match(/HTTP\/1\.1 200 /g) ?? []).length < i; j++) await sleep(20)
      if (i < 3) await sleep(KEEP_ALIVE_MS / 2)
    }
    t.equal((client.received().match(/HTTP\/1\.1 200 /g) ?? []).length, 3, 'three answers on one connection, spread over more than the headers timeout')
    t.notOk(client.socket.destroyed)
  })

  t.test('normal requests still work', async (t) => {
    t.equal((await fetch(`${address}/health/live`)).status, 200)
    const agencies = await fetch(`${address}/v1/agencies?limit=1`, { headers: bearer(ADMIN_KEY) })
    t.equal(agencies.status, 200)
    const invalid = await fetch(`${address}/v1/notices`, { method: 'POST', headers: { ...bearer(ADMIN_KEY), 'content-type': 'application/json' }, body: JSON.stringify({ padding: 'x'.repeat(50_000) }) })
    t.equal(invalid.status, 400, 'a body that arrives in time is read and judged')
    t.match(await invalid.json(), { code: 'NQ57_VALIDATION_FAILED' })
  })

  t.test('a handler slower than the request timeout still answers: only receiving the request is timed', async (t) => {
    const locker = new pg.Client({ connectionString: ownerConnectionString })
    await locker.connect()
    t.teardown(async () => { await locker.end() })
    await locker.query('begin; lock table task in access exclusive mode')
    const started = performance.now()
    const answer = fetch(`${address}/v1/tasks/1`, { headers: bearer(ADMIN_KEY) })
    await sleep(REQUEST_MS + 500)
    await locker.query('commit')
    const res = await answer
    t.equal(res.status, 200)
    t.ok(performance.now() - started >= REQUEST_MS + 500, 'the answer waited for the lock')
  })
})
