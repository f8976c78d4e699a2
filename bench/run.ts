// `npm run bench`: for each dataset scale (BENCH_SCALES, default full and tenth size, each
// generated once, then reused), the ceilings, the service's whole plugin stack around select 1,
// then autocannon scenarios against the real service, each server in its own process. EXPLAIN
// plans of the list queries for the full dataset, then the funding batches (bench/funding.ts) in a
// service of their own. Writes <date>.md and <date>-explain.txt to bench/results, or to
// BENCH_DATA_DIR when that is set to another cluster.
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { LOG_LEVEL, POOL_SIZE, startChild, withPeakRss, type Child } from './children.js'
import { BENCH_DIR, DATA_DIR, IS_DEFAULT_DATA_DIR, startBenchDb } from './db.js'
import { explainPlans } from './explain.js'
import { FUNDING_MIN_LINES, FUNDING_OTHER_CONNECTIONS, measureFunding, type FundingResult } from './funding.js'
import { BENCH_TODAY, ensureDataset, type DatasetSummary } from './generate.js'
import { cannon, closeAgent, CONNECTIONS, DURATION, prng, verifyWalk, walk, WARMUP, type Row, type Target } from './load.js'
import { fundingTables, SELECT1_CEILING, table, targets } from './report.js'
import { checkWrites, closeOutbox, describeWrites, openOutbox, shortfall } from './writes.js'

const ROOT = path.resolve(BENCH_DIR, '..')
const WALKERS = Number(process.env.BENCH_WALKERS ?? 4)
const SCALES = (process.env.BENCH_SCALES ?? '1,0.1').split(',').map((s) => Number(s.trim()))
const SCENARIOS: Record<string, string> = { 1: 'id', 2: 'notice', 3: 'agency', 4: 'walk', 5: 'progress', stack: 'stack', funding: 'funding' }
const ONLY = process.env.BENCH_ONLY === undefined || process.env.BENCH_ONLY === ''
  ? undefined
  : new Set(process.env.BENCH_ONLY.split(',').map((s) => {
    const name = SCENARIOS[s.trim()] ?? s.trim()
    if (!Object.values(SCENARIOS).includes(name)) throw new Error(`BENCH_ONLY: unknown scenario ${s}; use ${Object.entries(SCENARIOS).map(([n, v]) => n === v ? n : `${n} (${v})`).join(', ')}`)
    return name
  }))
const selected = (name: string): boolean => ONLY === undefined || ONLY.has(name)

const label = (scale: number): string => scale === 1 ? 'Full dataset' : scale === 0.1 ? 'Tenth-size dataset' : `Dataset at scale ${scale}`

interface Samples { tasks: number[], assignments: number[], provinces: string[], notices: number[] }

async function sample (url: string): Promise<Samples> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const ids = async (query: string): Promise<number[]> => (await client.query<{ id: number }>(query)).rows.map((r) => Number(r.id))
  try {
    return {
      tasks: await ids('select id from task order by id'),
      assignments: await ids("select id from assignment where state <> 'cancelled' and id % 40 = 0 order by id"),
      // The generated notices, each with 100 tasks, so every request gets a full page of 50.
      notices: await ids("select id from notice where summary like 'Bộ dữ liệu đo hiệu năng số %' order by id"),
      provinces: (await client.query<{ code: string }>("select code from agency where kind = 'province' order by code")).rows.map((r) => r.code)
    }
  } finally {
    await client.end()
  }
}

async function measureDataset (dataset: DatasetSummary): Promise<{ rows: Row[], funding?: FundingResult }> {
  const ids = await sample(dataset.url)
  const random = prng(57)
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T
  const rows: Row[] = []
  const measure = async (child: Child, run: () => Promise<Row>, target?: Target): Promise<Row> => {
    const { result, rssMiB } = await withPeakRss(child.process.pid, run)
    const row = { ...result, rssMiB, target }
    rows.push(row)
    return row
  }
  const serve = async (script: string, scenarios: (child: Child) => Promise<void>): Promise<void> => {
    const child = await startChild(script, dataset.url)
    try {
      await scenarios(child)
    } finally {
      await child.stop()
    }
  }

  await serve('bench/ceiling.ts', async (ceiling) => {
    await measure(ceiling, async () => await cannon('ceiling: Fastify hello', ceiling.url, { next: () => ({ path: '/hello' }) }))
    await measure(ceiling, async () => await cannon(SELECT1_CEILING, ceiling.url, { next: () => ({ path: '/select1' }) }))
    if (selected('progress')) {
      // What a generic REST layer does for a write: one autocommitted insert of the row, its triggers and nothing else.
      const row = await measure(ceiling, async () => await cannon('ceiling: bare insert of a progress row (its triggers, no checks)', ceiling.url, {
        method: 'POST',
        next: () => ({ path: `/insert/${pick(ids.assignments)}`, body: JSON.stringify({ percent: 5, note: 'Bench: đã triển khai theo kế hoạch', author: 'bench' }) })
      }))
      row.notes = `for scenario 5; ${row.notes}`
    }
  })
  if (selected('stack')) {
    await serve('bench/stack.ts', async (stack) => {
      await measure(stack, async () => await cannon('stack: select 1 behind every plugin', stack.url, { next: () => ({ path: '/v1/bench/select1' }) }))
    })
  }
  // Its own service process, so the batch's memory and log are its alone.
  const funding = async (): Promise<FundingResult | undefined> => selected('funding') ? await measureFunding(dataset.url, ids.tasks) : undefined
  if (!['id', 'notice', 'agency', 'walk', 'progress'].some(selected)) return { rows, funding: await funding() }

  await serve('src/server.ts', async (service) => {
    if (selected('id')) {
      await measure(service, async () => await cannon('1. GET /v1/tasks/{id} (random ids)', service.url,
        { next: () => ({ path: `/v1/tasks/${pick(ids.tasks)}` }) }), targets.byId)
    }
    if (selected('notice')) {
      await measure(service, async () => await cannon('2. GET /v1/tasks?noticeId=<notice>&limit=50 (50 tasks of one notice)', service.url,
        { next: () => ({ path: `/v1/tasks?noticeId=${pick(ids.notices)}&limit=50` }) }), targets.notice)
    }
    if (selected('agency')) {
      await measure(service, async () => await cannon('3. GET /v1/tasks?agency=<province>&timeliness=open_overdue&limit=50', service.url,
        { next: () => ({ path: `/v1/tasks?agency=${pick(ids.provinces)}&timeliness=open_overdue&limit=50` }) }), targets.agency)
    }
    if (selected('walk')) {
      const totalRows = await verifyWalk(service.url, 500)
      const single = await measure(service, async () => await walk('4. walk GET /v1/tasks?limit=500 with the cursor (1 walker)', service.url, 500, 1, totalRows))
      single.notes = `for reference, the target is on the ${WALKERS}-walker row; ${single.notes}`
      await measure(service, async () => await walk(`4. walk GET /v1/tasks?limit=500 with the cursor (${WALKERS} walkers)`, service.url, 500, WALKERS, totalRows), targets.walk)
    }
    if (selected('progress')) {
      const outbox = await openOutbox(dataset.url)
      try {
        const row = await measure(service, async () => await cannon('5. POST /v1/assignments/{id}/updates', service.url, {
          method: 'POST',
          next: () => ({
            path: `/v1/assignments/${pick(ids.assignments)}/updates`,
            body: JSON.stringify({ percent: Math.floor(random() * 100), note: 'Bench: đã triển khai theo kế hoạch', author: 'bench' })
          })
        }), targets.progress)
        const check = await checkWrites(dataset.url, outbox)
        row.errors += shortfall(check, row.answered)
        row.notes = `${describeWrites(check, row.answered)}; ${row.notes}`
        console.log(`  ${describeWrites(check, row.answered)}`)
      } finally {
        await closeOutbox(dataset.url, outbox)
      }
    }
  })
  return { rows, funding: await funding() }
}

async function main (): Promise<void> {
  const startedAt = new Date()
  const date = startedAt.toISOString().slice(0, 10)
  const outDir = IS_DEFAULT_DATA_DIR ? path.join(BENCH_DIR, 'results') : DATA_DIR
  const db = await startBenchDb(console.log)
  try {
    const datasets: DatasetSummary[] = []
    for (const scale of SCALES) {
      const dataset = await ensureDataset(db, scale, process.argv.includes('--regenerate'))
      console.log(`${dataset.database} ${dataset.reused ? 'reused' : 'generated'} in ${dataset.seconds.toFixed(1)} s:`, dataset.counts)
      datasets.push(dataset)
    }
    await mkdir(outDir, { recursive: true })
    const full = datasets.find((d) => d.scale === 1)
    const explain = full === undefined ? undefined : await explainPlans(full.url, BENCH_TODAY)
    if (explain !== undefined) {
      await writeFile(path.join(outDir, `${date}-explain.txt`), explain.text)
      console.log(`EXPLAIN plans written (${explain.summary.join('; ')})`)
    }

    const sections: string[] = []
    for (const dataset of datasets) {
      console.log(`\n== ${label(dataset.scale)} (${dataset.database})`)
      const { rows, funding } = await measureDataset(dataset)
      sections.push([
        `## ${label(dataset.scale)} (scale ${dataset.scale}, database ${dataset.database})`,
        '',
        `Dataset (${dataset.reused ? 'reused' : `generated in ${dataset.seconds.toFixed(1)} s`}): ${Object.entries(dataset.counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}; TODAY=${BENCH_TODAY}.`,
        '',
        table(rows),
        ...(dataset === full && explain !== undefined ? ['', `EXPLAIN (ANALYZE, BUFFERS) of scenarios 1–4: ${date}-explain.txt (${explain.summary.join('; ')}).`] : []),
        ...(funding === undefined ? [] : ['', fundingTables(funding)]),
        ''
      ].join('\n'))
    }

    const cpu = os.cpus()
    const report = [
      `# Benchmark ${startedAt.toISOString()}`,
      '',
      `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. ` +
      `Embedded PostgreSQL 17 (${IS_DEFAULT_DATA_DIR ? path.relative(ROOT, DATA_DIR) : DATA_DIR}, settings in bench/db.ts), one database per dataset. ` +
      'Server, stack and ceilings each in their own process (RSS MiB: the highest VmRSS of that process during the scenario, read every 250 ms); ' +
      'autocannon and the walkers in the runner process, all on the same machine.',
      '',
      `Load: ${CONNECTIONS} connections, pipelining 1, ${WARMUP} s warm-up then ${DURATION} s measured per scenario; ` +
      `DB_POOL_SIZE=${POOL_SIZE}, LOG_LEVEL=${LOG_LEVEL} (service, stack and ceilings alike), RATE_LIMIT_PER_MINUTE=1e9 (the limiter still runs, it just never trips), WEBHOOK_POLL_MS=0 (the outbox is written, never dispatched); ` +
      'every request sends Authorization: Bearer $ADMIN_API_KEY (the bootstrap admin key, which the service caches after its first lookup). ' +
      'Scenario 5 runs with one active webhook subscription to progress_update.created and assignment.updated, removed afterwards; its errors include every write missing from the audit log, the change feed or the outbox.' +
      (selected('funding') ? ` The funding scenario sends batches of at least ${FUNDING_MIN_LINES.toLocaleString('en')} lines with an integration key of BTC, one at a time, to a service of its own, while ${FUNDING_OTHER_CONNECTIONS} connections read tasks during the writes; its lines from an earlier run are removed first.` : '') +
      (ONLY === undefined ? '' : ` Only ${[...ONLY].join(', ')} (BENCH_ONLY) besides the ceilings.`),
      '',
      ...sections
    ].join('\n')
    const file = path.join(outDir, `${date}.md`)
    await writeFile(file, report)
    console.log(`\n${sections.join('\n')}\nwritten to ${IS_DEFAULT_DATA_DIR ? path.relative(ROOT, file) : file}`)
  } finally {
    closeAgent()
    await db.server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
