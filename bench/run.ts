// `npm run bench`: the dataset (generated once, then reused), EXPLAIN plans of the list queries,
// then autocannon scenarios against the real service and two ceilings, each in its own process
// so the load generator does not share the server's event loop. Writes bench/results/<date>.md
// and bench/results/<date>-explain.txt.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import http from 'node:http'
import { freePort } from '../src/startup/embedded-process.js'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'
import { BENCH_DIR, startBenchDb } from './db.js'
import { explainPlans } from './explain.js'
import { BENCH_TODAY, ensureDataset } from './generate.js'

const ROOT = path.resolve(BENCH_DIR, '..')
const DURATION = Number(process.env.BENCH_DURATION ?? 10)
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const WALKERS = Number(process.env.BENCH_WALKERS ?? 4)
const POOL_SIZE = process.env.DB_POOL_SIZE ?? '4'
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'warn'
const ADMIN_API_KEY = process.env.ADMIN_API_KEY ?? 'nq57_bench_admin_0123456789abcdef0123456789abcdef'
const AUTH = { authorization: `Bearer ${ADMIN_API_KEY}` }

/** Deterministic PRNG (mulberry32) so every run asks for the same sequence. */
function prng (seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Child { process: ChildProcess, url: string, stop: () => Promise<void> }

/** Starts `script` with tsx in its own process and waits until /health/ready answers 200. */
async function startChild (script: string, databaseUrl: string): Promise<Child> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL, TODAY: BENCH_TODAY, DB_POOL_SIZE: POOL_SIZE, ADMIN_API_KEY, RATE_LIMIT_PER_MINUTE: '1000000000' },
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}: ${stderr}`)
    const status = await fetch(`${url}/health/ready`, { headers: AUTH }).then((r) => r.status, () => 0)
    if (status === 200) break
    if (Date.now() > deadline) { child.kill('SIGKILL'); throw new Error(`${script} not ready after 60 s: ${stderr}`) }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
    if (child.exitCode === null) child.kill('SIGKILL')
  }
  return { process: child, url, stop }
}

interface Row {
  scenario: string
  unit: string
  rate: number
  p50: number
  p99: number
  errors: number
  detail: string
  ratioOf?: 'select1' | undefined
}

type Request = { method?: string, path?: string, body?: string, headers?: Record<string, string> }

async function cannon (name: string, url: string, makeRequest: (() => Request) | undefined, path0: string, method = 'GET'): Promise<Row> {
  const options = (duration: number): autocannon.Options => ({
    url: url + path0,
    method: method as autocannon.Options['method'],
    connections: CONNECTIONS,
    pipelining: 1,
    duration,
    headers: { ...AUTH, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
    requests: makeRequest === undefined ? undefined : [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, ...makeRequest() }) } as never]
  })
  await autocannon(options(WARMUP))
  const result = await autocannon(options(DURATION))
  const errors = result.errors + result.timeouts + result.non2xx
  const row: Row = {
    scenario: name,
    unit: method === 'POST' ? 'writes/s' : 'req/s',
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
    detail: `${result.requests.total} requests, ${(result.throughput.average / 1e6).toFixed(1)} MB/s`
  }
  console.log(`${name}: ${row.rate.toFixed(0)} ${row.unit}, p50 ${row.p50} ms, p99 ${row.p99} ms, errors ${errors}${result.non2xx > 0 ? ` (non-2xx ${result.non2xx})` : ''}`)
  return row
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })

function get (url: string): Promise<{ status: number, body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent, headers: AUTH }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
      response.on('error', reject)
    }).on('error', reject)
  })
}

const NEXT_CURSOR = /"nextCursor":(null|"([A-Za-z0-9_-]+)")\}$/

/** One full walk, parsed, to check the pages and learn the row count. */
async function verifyWalk (base: string, limit: number): Promise<number> {
  let cursor: string | null = null
  let rows = 0
  let lastId = 0
  do {
    const { status, body } = await get(`${base}/v1/tasks?limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`)
    if (status !== 200) throw new Error(`walk: ${status} ${body.slice(0, 300)}`)
    const page = JSON.parse(body) as { items: Array<{ id: number }>, nextCursor: string | null }
    for (const item of page.items) {
      if (item.id <= lastId) throw new Error('walk: ids not ascending')
      lastId = item.id
    }
    rows += page.items.length
    cursor = page.nextCursor
  } while (cursor !== null)
  return rows
}

/** `walkers` clients each walking the whole list with the cursor, again and again, for DURATION s. */
async function walk (name: string, base: string, limit: number, walkers: number, totalRows: number): Promise<Row> {
  const lastPageRows = totalRows % limit === 0 ? limit : totalRows % limit
  const latencies: number[] = []
  let rows = 0
  let errors = 0
  let walks = 0
  const run = async (until: number, record: boolean): Promise<void> => {
    let cursor: string | null = null
    while (performance.now() < until) {
      const started = performance.now()
      const response: { status: number, body: string } = await get(`${base}/v1/tasks?limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`).catch(() => ({ status: 0, body: '' }))
      const match: RegExpExecArray | null = response.status === 200 ? NEXT_CURSOR.exec(response.body.slice(-120)) : null
      if (match === null) { errors += record ? 1 : 0; cursor = null; continue }
      cursor = match[2] ?? null
      if (!record) continue
      latencies.push(performance.now() - started)
      rows += cursor === null ? lastPageRows : limit
      if (cursor === null) walks++
    }
  }
  const warm = performance.now() + WARMUP * 1000
  await Promise.all(Array.from({ length: walkers }, async () => await run(warm, false)))
  const started = performance.now()
  const until = started + DURATION * 1000
  await Promise.all(Array.from({ length: walkers }, async () => await run(until, true)))
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const at = (q: number): number => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0)
  const row: Row = {
    scenario: name, unit: 'rows/s', rate: rows / seconds, p50: at(0.5), p99: at(0.99), errors,
    detail: `${walkers} walker(s), ${latencies.length} pages, ${walks} full walks of ${totalRows} rows; ${(latencies.length / seconds).toFixed(0)} pages/s`
  }
  console.log(`${name}: ${row.rate.toFixed(0)} rows/s, page p50 ${row.p50} ms, p99 ${row.p99} ms, errors ${errors} (${row.detail})`)
  return row
}

async function sampleIds (url: string): Promise<{ tasks: number[], assignments: number[], provinces: string[] }> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const tasks = (await client.query<{ id: number }>('select id from task order by id')).rows.map((r) => Number(r.id))
    const assignments = (await client.query<{ id: number }>("select id from assignment where state <> 'cancelled' and id % 40 = 0 order by id")).rows.map((r) => Number(r.id))
    const provinces = (await client.query<{ code: string }>("select code from agency where kind = 'province' order by code")).rows.map((r) => r.code)
    return { tasks, assignments, provinces }
  } finally {
    await client.end()
  }
}

function table (rows: Row[]): string {
  const select1 = rows.find((r) => r.scenario.startsWith('ceiling: select 1'))?.rate ?? NaN
  const lines = [
    '| scenario | rate | unit | p50 ms | p99 ms | errors | vs select-1 ceiling | notes |',
    '|---|---:|---|---:|---:|---:|---:|---|'
  ]
  for (const r of rows) {
    const ratio = r.unit === 'rows/s' ? '—' : `${(100 * r.rate / select1).toFixed(0)} %`
    lines.push(`| ${r.scenario} | ${r.rate.toFixed(0)} | ${r.unit} | ${r.p50} | ${r.p99} | ${r.errors} | ${ratio} | ${r.detail} |`)
  }
  return lines.join('\n')
}

async function main (): Promise<void> {
  const startedAt = new Date()
  const db = await startBenchDb(console.log)
  const children: Child[] = []
  try {
    const dataset = await ensureDataset(db.adminUrl, db.url, process.argv.includes('--regenerate'))
    console.log(`dataset ${dataset.reused ? 'reused' : 'generated'} in ${dataset.seconds.toFixed(1)} s:`, dataset.counts)
    const ids = await sampleIds(db.url)
    const random = prng(57)
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T

    const explain = await explainPlans(db.url, BENCH_TODAY)
    const date = startedAt.toISOString().slice(0, 10)
    const resultsDir = path.join(BENCH_DIR, 'results')
    await mkdir(resultsDir, { recursive: true })
    await writeFile(path.join(resultsDir, `${date}-explain.txt`), explain.text)
    console.log(`EXPLAIN plans written (${explain.summary.join('; ')})`)

    const rows: Row[] = []
    const ceiling = await startChild('bench/ceiling.ts', db.url)
    children.push(ceiling)
    rows.push(await cannon('ceiling: Fastify hello', ceiling.url, undefined, '/hello'))
    rows.push(await cannon('ceiling: select 1 through the pool', ceiling.url, undefined, '/select1'))
    await ceiling.stop()

    const service = await startChild('src/server.ts', db.url)
    children.push(service)
    rows.push(await cannon('1. GET /v1/tasks/{id} (random ids)', service.url, () => ({ path: `/v1/tasks/${pick(ids.tasks)}` }), '/v1/tasks/1'))
    rows.push(await cannon('2. GET /v1/tasks?agency=<province>&timeliness=open_overdue&limit=50', service.url,
      () => ({ path: `/v1/tasks?agency=${pick(ids.provinces)}&timeliness=open_overdue&limit=50` }), '/v1/tasks?limit=50'))
    const totalRows = await verifyWalk(service.url, 500)
    rows.push(await walk('3. walk GET /v1/tasks?limit=500 with the cursor (1 walker)', service.url, 500, 1, totalRows))
    rows.push(await walk(`3. walk GET /v1/tasks?limit=500 with the cursor (${WALKERS} walkers)`, service.url, 500, WALKERS, totalRows))
    rows.push(await cannon('4. POST /v1/assignments/{id}/updates', service.url, () => ({
      path: `/v1/assignments/${pick(ids.assignments)}/updates`,
      body: JSON.stringify({ percent: Math.floor(random() * 100), note: 'Bench: đã triển khai theo kế hoạch', author: 'bench' })
    }), '/v1/assignments/1/updates', 'POST'))
    await service.stop()

    const cpu = os.cpus()
    const report = [
      `# Benchmark ${startedAt.toISOString()}`,
      '',
      `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. ` +
      'Embedded PostgreSQL 17 (bench/.data, settings in bench/db.ts). Server and ceilings each in their own process; ' +
      'autocannon and the walkers in the runner process, all on the same machine.',
      '',
      `Dataset (${dataset.reused ? 'reused' : `generated in ${dataset.seconds.toFixed(1)} s`}): ${Object.entries(dataset.counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}; TODAY=${BENCH_TODAY}.`,
      '',
      `Load: ${CONNECTIONS} connections, pipelining 1, ${WARMUP} s warm-up then ${DURATION} s measured per scenario; ` +
      `DB_POOL_SIZE=${POOL_SIZE}, LOG_LEVEL=${LOG_LEVEL} (service and ceilings alike), RATE_LIMIT_PER_MINUTE=1e9 (the limiter still runs, it just never trips); every request sends Authorization: Bearer $ADMIN_API_KEY (the bootstrap admin key; the service looks the key up in PostgreSQL on every request).`,
      '',
      table(rows),
      '',
      'Targets: (1) ≥ 70 % of select-1; (2) ≥ 50 % of select-1 with p99 ≤ 25 ms at 50 connections; (3) ≥ 50,000 rows/s; no errors.',
      '',
      `EXPLAIN (ANALYZE, BUFFERS) of scenarios 2 and 3: ${date}-explain.txt (${explain.summary.join('; ')}).`,
      ''
    ].join('\n')
    const file = path.join(resultsDir, `${date}.md`)
    await writeFile(file, report)
    console.log(`\n${table(rows)}\n\nwritten to ${path.relative(ROOT, file)}`)
  } finally {
    for (const child of children) await child.stop().catch(() => {})
    agent.destroy()
    await db.server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
