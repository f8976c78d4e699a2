// `npx tsx bench/import.ts`: dry-run imports of large appendices against a listening service on a throw-away
// embedded PostgreSQL, each timed while /health/live is asked every 20 ms. Prints a table and writes
// bench/results/<date>-import.md.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pino from 'pino'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { startEmbeddedPostgres } from '../src/startup/embedded.js'
import { prepareDatabase } from '../src/startup/prepare.js'
import { longTasks, numberedLines, pointLines, repeatedAppendix } from '../test/modules/imports/appendix.js'
import { BENCH_DIR } from './db.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const KEY = 'nq57_import_bench_0123456789abcdef0123456789'
const CASES: Array<{ name: string, text: string }> = [
  ...[200, 400, 800, 1417].map((lines) => ({ name: `${lines} numbered lines`, text: numberedLines(lines) })),
  ...[200, 400, 800, 1417].map((lines) => ({ name: `${lines} lines as points, 15 to a section`, text: pointLines(lines) })),
  { name: '17-TB appendix once', text: repeatedAppendix(24_000) },
  { name: '17-TB appendix repeated to 200,000 characters', text: repeatedAppendix(200_000) },
  { name: '200,000 characters in tasks of 19,000', text: longTasks(200_000) }
]

const scratch = await mkdtemp(path.join(tmpdir(), 'nq57-import-bench-'))
await chmod(scratch, 0o755)
const server = await startEmbeddedPostgres(scratch)
try {
  await prepareDatabase(server.connectionString(), pino({ level: 'error' }))
  const config = loadConfig({ LOG_LEVEL: 'warn', ADMIN_API_KEY: KEY, RATE_LIMIT_PER_MINUTE: '1000000000', WEBHOOK_POLL_MS: '0' })
  const app = await buildApp({ config, connectionString: server.connectionString() })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }
  const notice = await fetch(`${address}/v1/notices`, { method: 'POST', headers, body: JSON.stringify({ number: '999-TB/CQTTBCĐ', title: 'Import bench', issuedOn: '2026-01-01', issuer: 'CQTTBCD' }) })
  const { id } = await notice.json() as { id: number }

  /** One dry run: its time, and the slowest /health/live answer while it ran. */
  const run = async (text: string): Promise<{ ms: number, health: number, tasks: number }> => {
    let done = false
    const started = performance.now()
    const importing = fetch(`${address}/v1/notices/${id}/imports`, { method: 'POST', headers, body: JSON.stringify({ text, dryRun: true }) })
      .then(async (res) => { const body = await res.json() as { tasks?: unknown[] }; done = true; return { status: res.status, tasks: body.tasks?.length ?? 0 } })
    let health = 0
    while (!done) {
      const asked = performance.now()
      await (await fetch(`${address}/health/live`)).arrayBuffer()
      health = Math.max(health, performance.now() - asked)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const { status, tasks } = await importing
    if (status !== 200) throw new Error(`import answered ${status}`)
    return { ms: performance.now() - started, health, tasks }
  }

  await run(repeatedAppendix(3_000)) // the first import compiles the readers' regular expressions
  const rows = ['| text | characters | sections | median ms | max ms | slowest /health/live ms |', '|---|---:|---:|---:|---:|---:|']
  for (const { name, text } of CASES) {
    const runs = []
    for (let i = 0; i < RUNS; i++) runs.push(await run(text))
    const times = runs.map((r) => r.ms).sort((a, b) => a - b)
    rows.push(`| ${name} | ${text.length} | ${runs[0]?.tasks ?? 0} | ${Math.round(times[Math.floor(times.length / 2)] ?? 0)} | ${Math.round(times.at(-1) ?? 0)} | ${Math.round(Math.max(...runs.map((r) => r.health)))} |`)
    console.log(rows.at(-1))
  }
  await app.close()
  const date = new Date().toISOString().slice(0, 10)
  const report = `# Import benchmark ${new Date().toISOString()}\n\nDry-run imports (POST /v1/notices/{id}/imports) against a listening service, ${RUNS} runs each after one warm-up, Node ${process.version}; /health/live asked every 20 ms meanwhile.\n\n${rows.join('\n')}\n`
  await writeFile(path.join(BENCH_DIR, 'results', `${date}-import.md`), report)
  console.log(`written to bench/results/${date}-import.md`)
} finally {
  await server.stop()
  await rm(scratch, { recursive: true, force: true })
}
