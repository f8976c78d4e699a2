// The load generators: autocannon for fixed-rate scenarios, and cursor walkers that must read each
// page before they can ask for the next. Both run in the runner process, against a server child.
import http from 'node:http'
import autocannon from 'autocannon'

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
export const DURATION = Number(process.env.BENCH_DURATION ?? 10)
export const WARMUP = Number(process.env.BENCH_WARMUP ?? 3)
export const ADMIN_API_KEY = process.env.ADMIN_API_KEY ?? 'nq57_bench_admin_0123456789abcdef0123456789abcdef'
const AUTH = { authorization: `Bearer ${ADMIN_API_KEY}` }

export interface Target { text: string, met: (row: Row, percentOfSelect1: number) => boolean }

export interface Row {
  scenario: string
  unit: 'req/s' | 'rows/s' | 'writes/s'
  rate: number
  p50: number
  p99: number
  errors: number
  notes: string
  /** 2xx answers over warm-up and measurement, to compare with what the database holds afterwards. */
  answered: number
  rssMiB?: number
  target?: Target
}

/** Deterministic PRNG (mulberry32) so every run asks for the same sequence. */
export function prng (seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Counts failed answers by status, keeping the first body of each, so a report can say what went wrong. */
class Failures {
  private readonly byStatus = new Map<number, { count: number, body: string }>()
  add (status: number, body: string): void {
    const seen = this.byStatus.get(status)
    if (seen === undefined) this.byStatus.set(status, { count: 1, body: body.slice(0, 200) })
    else seen.count++
  }

  describe (): string {
    return [...this.byStatus].map(([status, { count, body }]) => `${status === 0 ? 'no answer' : status} ×${count}${body === '' ? '' : ` \`${body.replace(/[|`\n]/g, ' ')}\``}`).join('; ')
  }
}

export interface Load { method?: 'GET' | 'POST', next: () => { path: string, body?: string } }

export async function cannon (name: string, base: string, { method = 'GET', next }: Load): Promise<Row> {
  const failures = new Failures()
  const options = (duration: number): autocannon.Options => ({
    url: base + next().path,
    method,
    connections: CONNECTIONS,
    pipelining: 1,
    duration,
    headers: { ...AUTH, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
    requests: [{
      setupRequest: (request: Record<string, unknown>) => ({ ...request, ...next() }),
      onResponse: (status: number, body: string) => { if (status < 200 || status >= 300) failures.add(status, body) }
    }]
  })
  const warm = await autocannon(options(WARMUP))
  const result = await autocannon(options(DURATION))
  const errors = result.errors + result.timeouts + result.non2xx
  const trouble = [failures.describe(), result.errors > 0 ? `${result.errors} socket errors` : '', result.timeouts > 0 ? `${result.timeouts} timeouts` : ''].filter((s) => s !== '').join('; ')
  const row: Row = {
    scenario: name,
    unit: method === 'POST' ? 'writes/s' : 'req/s',
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
    answered: warm['2xx'] + result['2xx'],
    notes: `${result.requests.total} requests, ${(result.throughput.average / 1e6).toFixed(1)} MB/s${trouble === '' ? '' : `; failed (warm-up included): ${trouble}`}`
  }
  console.log(`${name}: ${row.rate.toFixed(0)} ${row.unit}, p50 ${row.p50} ms, p99 ${row.p99} ms, errors ${errors}${trouble === '' ? '' : ` (${trouble})`}`)
  return row
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })
export const closeAgent = (): void => { agent.destroy() }

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
export async function verifyWalk (base: string, limit: number): Promise<number> {
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
export async function walk (name: string, base: string, limit: number, walkers: number, totalRows: number): Promise<Row> {
  const lastPageRows = totalRows % limit === 0 ? limit : totalRows % limit
  const failures = new Failures()
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
      if (match === null) {
        failures.add(response.status, response.body)
        errors += record ? 1 : 0
        cursor = null
        continue
      }
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
  const trouble = failures.describe()
  const row: Row = {
    scenario: name, unit: 'rows/s', rate: rows / seconds, p50: at(0.5), p99: at(0.99), errors, answered: latencies.length,
    notes: `${walkers} walker(s), ${latencies.length} pages, ${walks} full walks of ${totalRows} rows; ${(latencies.length / seconds).toFixed(0)} pages/s${trouble === '' ? '' : `; failed (warm-up included): ${trouble}`}`
  }
  console.log(`${name}: ${row.rate.toFixed(0)} rows/s, page p50 ${row.p50} ms, p99 ${row.p99} ms, errors ${errors} (${row.notes})`)
  return row
}
