// The funding scenario (`BENCH_ONLY=funding npm run bench`): an integration key of the Ministry of
// Finance (BTC) sends a year of allocation and disbursement for every ministry and province
// (≥ BENCH_FUNDING_LINES, default 50,000 lines) to POST /v1/funding/batches, each call its own step
// against a running service: the dry run (JSON, then the same lines as CSV), the write, the same
// write again (it must change nothing), and a second batch that moves disbursed on every line.
// While the two writes run, a few connections keep reading single tasks, so what a batch does to
// other requests is measured against the same load without a batch. The database is checked after
// every write: lines, figure history, audit log and change feed must have grown by exactly what the
// batch changed. A step lasts until the service's statements end, not until its answer: a lost
// connection or a cut query leaves work running that would otherwise land in the next step. The
// service runs in its own process with its stdout read, so each step lists the statements its
// slow-query log reported; pg_stat_activity is sampled for the ones that never finish.
import http from 'node:http'
import autocannon from 'autocannon'
import Fastify from 'fastify'
import { displayPrefix, hashSecret } from '../src/modules/api-keys/secrets.js'
import { readCsvBatch } from '../src/modules/funding/csv.js'
import { BatchQuery, BatchResult, FIELDS, FundingBatchBody, SOURCES, type BatchResult as Result } from '../src/modules/funding/schemas.js'
import { serverOptions } from '../src/server-options.js'
import { csvLine } from '../src/shared/csv.js'
import { startChild, withPeakRss, type Child } from './children.js'
import { withClient } from './writes.js'
import { BENCH_TODAY } from './generate.js'
import { ADMIN_API_KEY, DURATION, prng, WARMUP } from './load.js'

export const FUNDING_MIN_LINES = Number(process.env.BENCH_FUNDING_LINES ?? 50_000)
/** Connections reading tasks while a batch runs: a few users of the portal, not a load test. */
export const FUNDING_OTHER_CONNECTIONS = Number(process.env.BENCH_FUNDING_CONNECTIONS ?? 4)
/** How long a step's work may go on after its answer (or lost connection) before the bench cancels it. */
export const FUNDING_SETTLE_SECONDS = Number(process.env.BENCH_FUNDING_SETTLE_S ?? 300)
/** The key's agency. Lines are found by EXTERNAL_PREFIX alone: how the service names a sender is its own business. */
const AGENCY = 'BTC'
// A fixed secret, like ADMIN_API_KEY: the key is made once per database and found again by its hash.
const INTEGRATION_KEY = 'nq57_bench_integration_btc_0123456789abcdef0123'
/** Every line of the scenario has an externalId under this prefix, so the scenario can find (and remove) its own. */
const EXTERNAL_PREFIX = 'BTC-BENCH-2026-'
const FISCAL_YEAR = 2026
const FIRST_AS_OF = '2026-03-31'
// The service refuses figures dated after its today.
const SECOND_AS_OF = BENCH_TODAY
const CSV_COLUMNS = ['externalId', 'fiscalYear', 'agencyCode', 'source', 'field', 'title', 'programme', 'estimate', 'allocated', 'disbursed', 'asOf'] as const
/** The figures each line sends; each one a new line gets is a row of history. */
const SENT_FIGURES = 3

const PROGRAMMES = [
  'Chương trình chuyển đổi số quốc gia',
  'Chương trình phát triển công nghệ chiến lược',
  'Chương trình đổi mới sáng tạo quốc gia',
  'Chương trình phát triển hạ tầng số',
  'Chương trình phát triển nguồn nhân lực chất lượng cao',
  'Chương trình nghiên cứu, ứng dụng trí tuệ nhân tạo'
]
const TOPICS: Record<typeof FIELDS[number], string[]> = {
  science_technology: ['Nghiên cứu, làm chủ công nghệ lõi', 'Đề tài khoa học và công nghệ cấp bộ, cấp tỉnh', 'Tăng cường tiềm lực phòng thí nghiệm', 'Hỗ trợ tổ chức khoa học và công nghệ công lập', 'Chuyển giao, ứng dụng kết quả nghiên cứu'],
  innovation: ['Hỗ trợ doanh nghiệp khởi nghiệp sáng tạo', 'Phát triển trung tâm đổi mới sáng tạo', 'Thương mại hóa kết quả nghiên cứu', 'Hỗ trợ sở hữu trí tuệ và tiêu chuẩn', 'Phát triển hệ sinh thái đổi mới sáng tạo'],
  digital_transformation: ['Xây dựng cơ sở dữ liệu chuyên ngành', 'Nâng cấp hạ tầng số và điện toán đám mây', 'Bảo đảm an toàn, an ninh mạng', 'Phát triển dịch vụ công trực tuyến toàn trình', 'Đào tạo kỹ năng số cho cán bộ, công chức']
}
const SOURCE_NAMES: Record<typeof SOURCES[number], string> = {
  central: 'ngân sách trung ương', local: 'ngân sách địa phương', other_public: 'nguồn công khác', non_state: 'nguồn ngoài nhà nước'
}
// A line's size by source: central budget lines are the largest, other public funds the smallest.
const SOURCE_WEIGHT: Record<typeof SOURCES[number], number> = { central: 1, local: 0.8, other_public: 0.3, non_state: 0.5 }

interface Agency { code: string, nameVi: string }
interface Line {
  externalId: string
  fiscalYear: number
  agencyCode: string
  source: string
  field: string
  title: string
  programme: string
  estimate: string
  allocated: string
  disbursed: string
  asOf: string
}
interface Totals { estimate: bigint, allocated: bigint, disbursed: bigint }

export interface SlowQuery { sql: string, ms: number }
/** A statement of the service seen running for more than 5 s: the longest it was seen running, and what it waited on when sampled. */
export interface LongStatement { sql: string, seconds: number, waits: string }

export interface FundingStep {
  name: string
  status: number
  /** Request start to the answer's last byte. */
  ms: number
  /** Request start to the answer's headers: the server's work, the answer already serialised. */
  headersMs: number
  /** Request start to the moment no statement of the service runs any more (the work done, or rolled back). */
  workMs: number
  /** Statements the bench cancelled because they still ran FUNDING_SETTLE_SECONDS after the answer. */
  cancelled: number
  requestBytes: number
  responseBytes: number
  result?: Pick<Result, 'received' | 'created' | 'updated' | 'unchanged'> & { listed: number }
  expected: string
  ok: boolean
  rssMiB: number
  /** Statements of the step the service logged as slow (≥ 200 ms), in the order they ended. */
  slow: SlowQuery[]
  /** Statements sampled in pg_stat_activity while running > 5 s: the ones that failed or were cut are seen here, not in the slow log. */
  long: LongStatement[]
  notes: string
}

export interface OtherLatency {
  name: string
  /** The server's peak RSS meanwhile. */
  rssMiB: number
  seconds: number
  requests: number
  p50: number
  p99: number
  max: number
  errors: number
}

export interface DbCheck {
  step: string
  /** Lines of the scenario in funding_line after the step. */
  lines: number
  newLines: number
  figures: number
  auditLineInserts: number
  auditLineUpdates: number
  auditFigures: number
  auditByKey: number
  feedCreates: number
  feedUpdates: number
  sumsMatch: boolean
  expected: Omit<DbCheck, 'step' | 'expected' | 'ok' | 'sumsMatch'>
  ok: boolean
}

export interface Breakdown { part: string, ms: number, notes: string }

export interface FundingResult {
  /** The service's settings that bound a batch, as this run had them. */
  settings: string
  lines: number
  agencies: number
  shape: string
  steps: FundingStep[]
  latency: OtherLatency[]
  checks: DbCheck[]
  breakdown: Breakdown[]
  warnings: string[]
  errors: number
}

/**
 * Removes the scenario's lines of an earlier run, so every run starts with none and its dry run
 * sees creates; makes the integration key; reads the agencies the lines are for.
 */
async function prepare (url: string): Promise<{ keyId: number, agencies: Agency[] }> {
  return await withClient(url, async (client) => {
    await client.query('begin')
    // The figure history is append-only by trigger, and a delete would be audited and fed: the
    // bench's own rows go without triggers (superuser only), leaving nothing else touched.
    await client.query('set local session_replication_role = replica')
    await client.query('delete from funding_figure f using funding_line l where f.line_id = l.id and l.external_id like $1', [`${EXTERNAL_PREFIX}%`])
    await client.query('delete from funding_line where external_id like $1', [`${EXTERNAL_PREFIX}%`])
    await client.query('commit')
    await client.query('vacuum (analyze) funding_line, funding_figure')
    await client.query(`insert into api_key (name, role, agency_code, secret_hash, secret_prefix) values ('bench integration (BTC)', 'integration', $1, $2, $3)
      on conflict (secret_hash) do nothing`, [AGENCY, hashSecret(INTEGRATION_KEY), displayPrefix(INTEGRATION_KEY)])
    const key = await client.query<{ id: number, role: string, agency_code: string, revoked_at: Date | null }>('select id, role, agency_code, revoked_at from api_key where secret_hash = $1', [hashSecret(INTEGRATION_KEY)])
    const row = key.rows[0]
    if (row === undefined || row.role !== 'integration' || row.agency_code !== AGENCY || row.revoked_at !== null) throw new Error(`the bench integration key is not a live integration key of ${AGENCY}`)
    const { rows } = await client.query<{ code: string, name_vi: string }>(`
      select code, name_vi from agency
      where kind = 'province' or code in (select agency_code from agency_group_member where group_code = 'MINISTRIES')
      order by kind = 'province', code`)
    return { keyId: row.id, agencies: rows.map((r) => ({ code: r.code, nameVi: r.name_vi })) }
  })
}

const million = (n: number): bigint => BigInt(Math.max(1, Math.round(n / 1e6))) * 1_000_000n
const thousand = (n: bigint, share: number): bigint => BigInt(Math.round(Number(n) * share / 1e3)) * 1_000n

/**
 * Every agency × field × source × programme, each with as many numbered items as it takes to
 * reach FUNDING_MIN_LINES. Amounts from a seeded PRNG: estimates of 100 million to 5 billion đồng
 * (about 64 trillion in all, the order of a year's science, innovation and digital budget),
 * allocated 70–100 % of the estimate, disbursed 5–30 % of it by the end of March and 20–75 % by June.
 */
function generateLines (agencies: Agency[]): { first: Line[], second: Line[], items: number, totals: [Totals, Totals] } {
  const combinations = agencies.length * FIELDS.length * SOURCES.length * PROGRAMMES.length
  const items = Math.ceil(FUNDING_MIN_LINES / combinations)
  const random = prng(2026)
  const first: Line[] = []
  const second: Line[] = []
  const totals: [Totals, Totals] = [{ estimate: 0n, allocated: 0n, disbursed: 0n }, { estimate: 0n, allocated: 0n, disbursed: 0n }]
  for (const agency of agencies) {
    for (const [f, field] of FIELDS.entries()) {
      for (const [s, source] of SOURCES.entries()) {
        for (const [p, programme] of PROGRAMMES.entries()) {
          for (let item = 1; item <= items; item++) {
            const estimate = million(10 ** (8 + 1.7 * random()) * SOURCE_WEIGHT[source])
            const allocated = estimate * BigInt(Math.round(70 + 30 * random())) / 100n / 1_000_000n * 1_000_000n
            const disbursedMarch = thousand(allocated, 0.05 + 0.25 * random())
            const disbursedJune = disbursedMarch + thousand(allocated, 0.15 + 0.3 * random())
            const topics = TOPICS[field]
            const line: Line = {
              externalId: `${EXTERNAL_PREFIX}${agency.code}-${f + 1}${s + 1}${p + 1}-${String(item).padStart(3, '0')}`,
              fiscalYear: FISCAL_YEAR,
              agencyCode: agency.code,
              source,
              field,
              title: `${topics[(p + item) % topics.length] ?? ''}, hạng mục ${item} – ${agency.nameVi} (${SOURCE_NAMES[source]})`,
              programme,
              estimate: estimate.toString(),
              allocated: allocated.toString(),
              disbursed: disbursedMarch.toString(),
              asOf: FIRST_AS_OF
            }
            first.push(line)
            second.push({ ...line, disbursed: disbursedJune.toString(), asOf: SECOND_AS_OF })
            for (const [i, disbursed] of [disbursedMarch, disbursedJune].entries()) {
              const t = totals[i as 0 | 1]
              t.estimate += estimate
              t.allocated += allocated
              t.disbursed += disbursed
            }
          }
        }
      }
    }
  }
  return { first, second, items, totals }
}

function csvOf (lines: Line[]): Buffer {
  return Buffer.from(csvLine([...CSV_COLUMNS]) + lines.map((line) => csvLine(CSV_COLUMNS.map((column) => line[column]))).join(''))
}

interface Service extends Child { slow: SlowQuery[], warnings: string[] }

const condense = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 110)

/** The service as bench/children.ts starts it, with its log read: its slow-query warnings are the per-statement timings. */
async function startService (databaseUrl: string): Promise<Service> {
  const slow: SlowQuery[] = []
  const warnings: string[] = []
  const child = await startChild('src/server.ts', databaseUrl, (line) => {
    let entry: { msg?: string, sql?: string, durationMs?: number, err?: { message?: string } }
    try { entry = JSON.parse(line) } catch { return }
    if (entry.msg === 'slow query') slow.push({ sql: condense(entry.sql ?? ''), ms: entry.durationMs ?? 0 })
    // Bounded: a batch that stalls the pool can make every other request log the same error.
    else if (entry.msg !== undefined && !entry.msg.startsWith('the service connects as the owner') && warnings.length < 200) warnings.push(condense(`${entry.msg}${entry.err?.message === undefined ? '' : `: ${entry.err.message}`}${entry.sql === undefined ? '' : ` (${entry.sql})`}`))
  })
  return { ...child, slow, warnings }
}

interface Answer { status: number, body: Buffer, ms: number, headersMs: number, error?: string }

/** One batch on a connection of its own; a connection the server drops is an answer with status 0. */
function postBatch (base: string, dryRun: boolean, body: Buffer, contentType: string): Promise<Answer> {
  return new Promise((resolve) => {
    const started = performance.now()
    let headersMs = 0
    const request = http.request(`${base}/v1/funding/batches?dryRun=${dryRun}`, {
      method: 'POST',
      agent: false,
      headers: { authorization: `Bearer ${INTEGRATION_KEY}`, 'content-type': contentType, 'content-length': body.length }
    }, (response) => {
      headersMs = performance.now() - started
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), ms: performance.now() - started, headersMs }))
      response.on('error', (error) => resolve({ status: 0, body: Buffer.alloc(0), ms: performance.now() - started, headersMs, error: error.message }))
    })
    request.on('error', (error) => resolve({ status: 0, body: Buffer.alloc(0), ms: performance.now() - started, headersMs, error: error.message }))
    request.end(body)
  })
}

type Running = Promise<autocannon.Result> & { stop: () => void }

/** Single tasks read by a few connections: until stopped, or for `duration` seconds. */
function readTasks (base: string, taskIds: number[], duration: number): Running {
  const random = prng(57)
  const next = (): string => `/v1/tasks/${taskIds[Math.floor(random() * taskIds.length)] ?? 1}`
  const options = {
    url: base + next(),
    connections: FUNDING_OTHER_CONNECTIONS,
    pipelining: 1,
    duration,
    // A request held up by the batch must count with its whole latency, not end as a timeout.
    timeout: 300,
    headers: { authorization: `Bearer ${ADMIN_API_KEY}` },
    requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, path: next() }) }]
  }
  // The promise autocannon answers is also its instance, which can be stopped.
  return autocannon(options as autocannon.Options) as Running
}

function latencyOf (name: string, result: autocannon.Result, seconds: number, rssMiB: number): OtherLatency {
  return {
    name,
    rssMiB,
    seconds,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx
  }
}

interface Marks { line: number, figure: number, audit: number, change: number }

async function marks (url: string): Promise<Marks> {
  return await withClient(url, async (client) => {
    const { rows } = await client.query<Record<keyof Marks, string>>(`select
      (select coalesce(max(id), 0) from funding_line) as line, (select coalesce(max(id), 0) from funding_figure) as figure,
      (select coalesce(max(id), 0) from audit_log) as audit, (select coalesce(max(seq), 0) from change_log) as change`)
    const row = rows[0]
    if (row === undefined) throw new Error('no marks')
    return { line: Number(row.line), figure: Number(row.figure), audit: Number(row.audit), change: Number(row.change) }
  })
}

type Counted = Omit<DbCheck, 'step' | 'expected' | 'ok'>

async function counted (url: string, since: Marks, keyId: number, totals: Totals): Promise<Counted> {
  return await withClient(url, async (client) => {
    const { rows } = await client.query<Record<string, string | boolean>>(`select
      (select count(*) from funding_line where external_id like $1) as lines,
      (select count(*) from funding_line where id > $2) as new_lines,
      (select count(*) from funding_figure where id > $3) as figures,
      (select count(*) from audit_log where id > $4 and entity = 'funding_line' and action = 'insert') as audit_line_inserts,
      (select count(*) from audit_log where id > $4 and entity = 'funding_line' and action = 'update') as audit_line_updates,
      (select count(*) from audit_log where id > $4 and entity = 'funding_figure') as audit_figures,
      (select count(*) from audit_log where id > $4 and entity in ('funding_line', 'funding_figure') and actor_key_id = $6) as audit_by_key,
      (select count(*) from change_log where seq > $5 and entity = 'funding_line' and operation = 'create') as feed_creates,
      (select count(*) from change_log where seq > $5 and entity = 'funding_line' and operation = 'update') as feed_updates,
      (select (sum(estimate), sum(allocated), sum(disbursed)) = ($7::numeric, $8::numeric, $9::numeric)
        from funding_line where external_id like $1) as sums_match`,
    [`${EXTERNAL_PREFIX}%`, since.line, since.figure, since.audit, since.change, keyId, totals.estimate.toString(), totals.allocated.toString(), totals.disbursed.toString()])
    const row = rows[0]
    if (row === undefined) throw new Error('no counts')
    return {
      lines: Number(row.lines),
      newLines: Number(row.new_lines),
      figures: Number(row.figures),
      auditLineInserts: Number(row.audit_line_inserts),
      auditLineUpdates: Number(row.audit_line_updates),
      auditFigures: Number(row.audit_figures),
      auditByKey: Number(row.audit_by_key),
      feedCreates: Number(row.feed_creates),
      feedUpdates: Number(row.feed_updates),
      sumsMatch: row.sums_match === true
    }
  })
}

function check (step: string, found: Counted, expected: DbCheck['expected']): DbCheck {
  const ok = found.sumsMatch && (Object.keys(expected) as Array<keyof DbCheck['expected']>).every((k) => found[k] === expected[k])
  return { step, ...found, expected, ok }
}

/**
 * Waits until no statement of the service runs. An answer can come before the work ends: when the
 * service drops the connection (its socket timeout) the handler goes on, and a statement whose
 * connection the service cut goes on in PostgreSQL; either way the next step would be measured
 * behind it, and the database checked before it ends. Past `capMs` its statements are cancelled
 * (the transaction then rolls back), so a run always ends.
 */
async function settle (url: string, capMs: number): Promise<{ ms: number, cancelled: number }> {
  const started = performance.now()
  return await withClient(url, async (client) => {
    const busy = 'from pg_stat_activity where datname = current_database() and application_name = $1 and state <> $2 and pid <> pg_backend_pid()'
    const values = ['nq57-api', 'idle']
    let cancelled = 0
    for (;;) {
      const { rows } = await client.query<{ n: string }>(`select count(*) as n ${busy}`, values)
      if (Number(rows[0]?.n ?? 0) === 0) return { ms: performance.now() - started, cancelled }
      if (performance.now() - started > capMs + 60_000) throw new Error('the service\'s statements did not end after being cancelled')
      if (performance.now() - started > capMs && cancelled === 0) {
        cancelled = (await client.query(`select pg_cancel_backend(pid) ${busy}`, values)).rowCount ?? 0
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  })
}

/** Samples the service's statements every second; those running for more than 5 s are kept, with what they wait on. */
function watchStatements (url: string): { stop: () => Promise<LongStatement[]> } {
  const seen = new Map<string, { seconds: number, waits: Map<string, number> }>()
  let running = true
  const sampling = withClient(url, async (client) => {
    while (running) {
      const { rows } = await client.query<{ query: string, seconds: number, wait: string }>(`
        select left(regexp_replace(query, '\\s+', ' ', 'g'), 110) as query, extract(epoch from now() - query_start)::float8 as seconds,
          coalesce(wait_event_type || ':' || wait_event, 'running') as wait
        from pg_stat_activity where datname = current_database() and application_name = 'nq57-api' and state = 'active' and query_start < now() - interval '5 seconds'`)
      for (const row of rows) {
        const entry = seen.get(row.query) ?? { seconds: 0, waits: new Map<string, number>() }
        entry.seconds = Math.max(entry.seconds, row.seconds)
        entry.waits.set(row.wait, (entry.waits.get(row.wait) ?? 0) + 1)
        seen.set(row.query, entry)
      }
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  })
  return {
    stop: async () => {
      running = false
      await sampling
      return [...seen].map(([sql, { seconds, waits }]) => ({ sql, seconds, waits: [...waits].map(([wait, n]) => `${wait} ×${n}`).join(', ') }))
        .sort((a, b) => b.seconds - a.seconds)
    }
  }
}

function median (values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/**
 * Where a batch's time goes outside the database, measured in this process with the service's own
 * code: Fastify with the service's options (its JSON parser and validators), the route's body and
 * answer schemas, and the CSV reader. Each the median of three runs after one to warm up.
 */
async function breakdown (json: Buffer, csv: Buffer, answers: Array<{ name: string, body: Result }>): Promise<Breakdown[]> {
  const app = Fastify(serverOptions({ LOG_LEVEL: 'silent', BODY_LIMIT: 1048576 }))
  let answer: Result | undefined
  const at: Record<string, number> = {}
  for (const hook of ['preParsing', 'preValidation', 'preHandler', 'preSerialization', 'onSend'] as const) {
    app.addHook(hook, async () => { at[hook] = performance.now() })
  }
  app.post('/batches', {
    bodyLimit: 64 * 1024 * 1024,
    schema: { querystring: BatchQuery, body: { content: { 'application/json': { schema: FundingBatchBody } } }, response: { 200: BatchResult } }
  }, async () => answer)
  await app.ready()
  const timed = async (payload: Buffer, reply: Result): Promise<Record<'parse' | 'validate' | 'serialize', number>> => {
    answer = reply
    const runs: Array<Record<'parse' | 'validate' | 'serialize', number>> = []
    for (let i = 0; i < 4; i++) {
      const response = await app.inject({ method: 'POST', url: '/batches?dryRun=true', headers: { 'content-type': 'application/json' }, payload })
      if (response.statusCode !== 200) throw new Error(`breakdown: ${response.statusCode} ${response.body.slice(0, 300)}`)
      const t = at as Record<'preParsing' | 'preValidation' | 'preHandler' | 'preSerialization' | 'onSend', number>
      if (i > 0) runs.push({ parse: t.preValidation - t.preParsing, validate: t.preHandler - t.preValidation, serialize: t.onSend - t.preSerialization })
    }
    return { parse: median(runs.map((r) => r.parse)), validate: median(runs.map((r) => r.validate)), serialize: median(runs.map((r) => r.serialize)) }
  }
  const parts: Breakdown[] = []
  const parses: number[] = []
  for (let i = 0; i < 4; i++) {
    const started = performance.now()
    JSON.parse(json.toString('utf8'))
    if (i > 0) parses.push(performance.now() - started)
  }
  parts.push({ part: 'JSON body: decode and JSON.parse alone', ms: median(parses), notes: 'for comparison with the row below' })
  const empty: Result = { dryRun: true, received: 0, created: 0, updated: 0, unchanged: 0, lines: [] }
  const request = await timed(json, empty)
  parts.push({ part: 'JSON body: read and parse (Fastify\'s parser)', ms: request.parse, notes: `${(json.length / 2 ** 20).toFixed(1)} MiB, one turn of the event loop` })
  parts.push({ part: 'JSON body: validate (the route\'s schema, the service\'s validator)', ms: request.validate, notes: 'one turn of the event loop' })
  const small = Buffer.from(JSON.stringify({ lines: [{ externalId: 'X-1' }] }))
  for (const { name, body } of answers) {
    const { serialize } = await timed(small, body)
    parts.push({ part: `answer of ${name}: serialise`, ms: serialize, notes: `${body.lines.length.toLocaleString('en')} lines listed, one turn of the event loop` })
  }
  await app.close()
  const csvRuns: number[] = []
  for (let i = 0; i < 4; i++) {
    const started = performance.now()
    const read = await readCsvBatch(csv.toString('utf8'))
    if (read.issues.length > 0) throw new Error(`breakdown: the CSV has ${read.issues.length} issues, the first ${JSON.stringify(read.issues[0])}`)
    if (i > 0) csvRuns.push(performance.now() - started)
  }
  parts.push({ part: 'CSV body: parse and check every record (readCsvBatch)', ms: median(csvRuns), notes: `${(csv.length / 2 ** 20).toFixed(1)} MiB, in slices of 256 KiB, each its own turn` })
  return parts
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`

/** The funding scenario against `url`'s database, the service started for it and stopped after. */
export async function measureFunding (url: string, taskIds: number[]): Promise<FundingResult> {
  const { keyId, agencies } = await prepare(url)
  const { first, second, items, totals } = generateLines(agencies)
  const n = first.length
  const shape = `${agencies.length} agencies (every ministry and ministerial-level agency, every province) × ${FIELDS.length} fields × ${SOURCES.length} sources × ${PROGRAMMES.length} programmes × ${items} items`
  const jsonFirst = Buffer.from(JSON.stringify({ lines: first }))
  const jsonSecond = Buffer.from(JSON.stringify({ lines: second }))
  const csvFirst = csvOf(first)
  console.log(`funding: ${plural(n, 'line')} (${shape}); JSON ${(jsonFirst.length / 2 ** 20).toFixed(1)} MiB, CSV ${(csvFirst.length / 2 ** 20).toFixed(1)} MiB`)

  const service = await startService(url)
  const steps: FundingStep[] = []
  const latency: OtherLatency[] = []
  const checks: DbCheck[] = []
  const answers: Array<{ name: string, body: Result }> = []
  try {
    // The first batches compile the route's validator and serialiser and warm the engine's statements.
    for (const [body, type] of [[Buffer.from(JSON.stringify({ lines: first.slice(0, 500) })), 'application/json'], [csvOf(first.slice(0, 500)), 'text/csv']] as const) {
      const warm = await postBatch(service.url, true, body, type)
      if (warm.status !== 200) throw new Error(`funding warm-up: ${warm.status} ${warm.error ?? warm.body.toString().slice(0, 500)}`)
    }

    await readTasks(service.url, taskIds, WARMUP)
    const baseline = await withPeakRss(service.process.pid, async () => await readTasks(service.url, taskIds, DURATION))
    latency.push(latencyOf(`GET /v1/tasks/{id}, ${FUNDING_OTHER_CONNECTIONS} connections, no batch`, baseline.result, DURATION, baseline.rssMiB))

    const step = async (name: string, dryRun: boolean, body: Buffer, type: string, expect: { created: number, updated: number }, load: boolean): Promise<FundingStep> => {
      const slowFrom = service.slow.length
      const started = performance.now()
      const other = load ? readTasks(service.url, taskIds, 24 * 3600) : undefined
      const watch = watchStatements(url)
      let measured
      let workMs = 0
      let long: LongStatement[] = []
      try {
        measured = await withPeakRss(service.process.pid, async () => {
          const answered = await postBatch(service.url, dryRun, body, type)
          return [answered, await settle(url, FUNDING_SETTLE_SECONDS * 1000)] as const
        })
        workMs = performance.now() - started
      } finally {
        // Stopped whatever happened: the reads would otherwise go on for a day, and the sampling for ever.
        other?.stop()
        long = await watch.stop()
      }
      const { result: [answer, settled], rssMiB } = measured
      const reads = other === undefined ? undefined : await other
      if (reads !== undefined) latency.push(latencyOf(`GET /v1/tasks/{id}, ${FUNDING_OTHER_CONNECTIONS} connections, during ${name}`, reads, workMs / 1000, rssMiB))
      let result: FundingStep['result']
      let notes = [
        answer.error === undefined ? '' : `connection: ${answer.error} after ${(answer.ms / 1000).toFixed(1)} s`,
        workMs - answer.ms > 1000 ? `the service's statements ran until ${(workMs / 1000).toFixed(1)} s` : '',
        settled.cancelled > 0 ? `still running ${FUNDING_SETTLE_SECONDS} s after the answer: cancelled by the bench` : ''
      ].filter((t) => t !== '').join('; ')
      if (answer.status === 200) {
        const parsed = JSON.parse(answer.body.toString('utf8')) as Result
        answers.push({ name, body: parsed })
        result = { received: parsed.received, created: parsed.created, updated: parsed.updated, unchanged: parsed.unchanged, listed: parsed.lines.length }
      } else if (answer.body.length > 0) {
        const text = answer.body.toString('utf8')
        let problem = text.slice(0, 300)
        try {
          const parsed = JSON.parse(text) as { code?: string, detail?: string, errors?: unknown[] }
          problem = `${parsed.code ?? ''}: ${parsed.detail ?? ''}${parsed.errors === undefined ? '' : ` (${parsed.errors.length} errors, the first ${JSON.stringify(parsed.errors[0])})`}`
        } catch {}
        notes = [notes, `answer: ${problem.replace(/[|`\n]/g, ' ')}`].filter((t) => t !== '').join('; ')
      }
      const ok = answer.status === 200 && result !== undefined && result.received === n && result.created === expect.created &&
        result.updated === expect.updated && result.unchanged === n - expect.created - expect.updated && result.listed === expect.created + expect.updated
      const row: FundingStep = {
        name,
        status: answer.status,
        ms: answer.ms,
        headersMs: answer.headersMs,
        workMs,
        cancelled: settled.cancelled,
        requestBytes: body.length,
        responseBytes: answer.body.length,
        result,
        expected: `${expect.created.toLocaleString('en')} created, ${expect.updated.toLocaleString('en')} updated`,
        ok,
        rssMiB,
        slow: service.slow.slice(slowFrom),
        long,
        notes
      }
      steps.push(row)
      console.log(`${name}: ${answer.status} in ${(answer.ms / 1000).toFixed(2)} s (headers at ${(answer.headersMs / 1000).toFixed(2)} s), ` +
        `${result === undefined ? 'no result' : `${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged`}, ` +
        `answer ${(answer.body.length / 2 ** 20).toFixed(2)} MiB, peak RSS ${rssMiB.toFixed(0)} MiB${ok ? '' : ` — expected ${row.expected}`}${notes === '' ? '' : ` (${notes})`}`)
      for (const q of row.slow) console.log(`    ${(q.ms / 1000).toFixed(2)} s  ${q.sql}`)
      for (const q of long) console.log(`    seen running ${q.seconds.toFixed(0)} s (${q.waits}): ${q.sql}`)
      return row
    }
    const none = { created: 0, updated: 0 }
    const zero = { lines: n, newLines: 0, figures: 0, auditLineInserts: 0, auditLineUpdates: 0, auditFigures: 0, auditByKey: 0, feedCreates: 0, feedUpdates: 0 }

    await step('a. dry run, JSON', true, jsonFirst, 'application/json', { created: n, updated: 0 }, false)
    // The same lines as CSV, dry run, while the database still holds none of them: the same work as (a), read from CSV.
    await step('e. dry run, the same lines as CSV', true, csvFirst, 'text/csv', { created: n, updated: 0 }, false)

    let since = await marks(url)
    const write = await step('b. write (dryRun=false)', false, jsonFirst, 'application/json', { created: n, updated: 0 }, true)
    checks.push(check(write.name, await counted(url, since, keyId, totals[0]), {
      ...zero, newLines: n, figures: SENT_FIGURES * n, auditLineInserts: n, auditFigures: SENT_FIGURES * n, auditByKey: (1 + SENT_FIGURES) * n, feedCreates: n
    }))

    since = await marks(url)
    const again = await step('c. the same batch again', false, jsonFirst, 'application/json', none, false)
    checks.push(check(again.name, await counted(url, since, keyId, totals[0]), zero))

    since = await marks(url)
    const moved = await step(`d. disbursed moved on every line, asOf ${SECOND_AS_OF}`, false, jsonSecond, 'application/json', { created: 0, updated: n }, true)
    checks.push(check(moved.name, await counted(url, since, keyId, totals[1]), {
      ...zero, figures: n, auditLineUpdates: n, auditFigures: n, auditByKey: 2 * n, feedUpdates: n
    }))
    for (const c of checks) console.log(`  database after ${c.step}: ${c.ok ? 'as expected' : 'NOT as expected'} (${JSON.stringify({ ...c, step: undefined, expected: undefined })})`)
  } finally {
    await service.stop()
  }

  // The answers listing every line: the dry run's creates and the second batch's one change per line.
  const parts = await breakdown(jsonFirst, csvFirst, answers.filter((a) => /^[ad]\./.test(a.name)))
  for (const p of parts) console.log(`  ${p.part}: ${p.ms.toFixed(0)} ms (${p.notes})`)
  const errors = steps.filter((s) => !s.ok).length + checks.filter((c) => !c.ok).length + latency.reduce((sum, l) => sum + l.errors, 0)
  const settings = ['DB_QUERY_TIMEOUT_MS', 'DB_STATEMENT_TIMEOUT_MS', 'HTTP_CONNECTION_TIMEOUT_MS', 'HTTP_REQUEST_TIMEOUT_MS']
    .map((name) => `${name}=${process.env[name] ?? 'unset (the default)'}`).join(', ')
  return { settings, lines: n, agencies: agencies.length, shape, steps, latency, checks, breakdown: parts, warnings: service.warnings, errors }
}
