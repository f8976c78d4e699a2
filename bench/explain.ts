// EXPLAIN (ANALYZE, BUFFERS) of the exact SQL the service sends for the read scenarios: the real
// app (buildApp) answers each request in-process while every pg client's queries are recorded,
// then each recorded data query is explained with its own parameters. Going through HTTP rather
// than the repository functions keeps this file independent of how src/ names them.
import pg from 'pg'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { encodeCursor } from '../src/shared/schemas.js'
import { ADMIN_API_KEY } from './load.js'

interface Sent { text: string, values: unknown[] }

const DATA_STATEMENT = /^\s*(select|with)\b/i
// The availability probe's own query, which may fall inside a recording.
const PROBE = /^\s*select 1\s*$/i

/** Records the data queries every pg client sends while `recording.on` is true. */
function recordQueries (): { sent: Sent[], recording: { on: boolean }, restore: () => void } {
  const sent: Sent[] = []
  const recording = { on: false }
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }
  const query = prototype.query
  prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args
    const config = typeof first === 'object' && first !== null ? first as { text?: unknown, values?: unknown } : {}
    const text = typeof first === 'string' ? first : config.text
    const values = Array.isArray(second) ? second : config.values
    if (recording.on && typeof text === 'string' && DATA_STATEMENT.test(text) && !PROBE.test(text)) sent.push({ text, values: Array.isArray(values) ? values : [] })
    return query.apply(this, args)
  }
  return { sent, recording, restore: () => { prototype.query = query } }
}

export async function explainPlans (url: string, today: string): Promise<{ text: string, summary: string[] }> {
  const pool = new pg.Pool({ connectionString: url, max: 1 })
  const { sent, recording, restore } = recordQueries()
  const config = loadConfig({ LOG_LEVEL: 'warn', TODAY: today, ADMIN_API_KEY, DB_POOL_SIZE: '1', RATE_LIMIT_PER_MINUTE: '1000000000', WEBHOOK_POLL_MS: '0' })
  const app = await buildApp({ config, connectionString: url })
  const sections: string[] = []
  const summary: string[] = []
  try {
    await app.ready()
    const middle = async (table: string): Promise<number> =>
      Number((await pool.query<{ id: number }>(`select id from ${table} order by id offset (select count(*) / 2 from ${table}) limit 1`)).rows[0]?.id ?? 1)
    const middleId = await middle('task')
    const noticeId = await middle('notice')
    const after = encodeCursor([middleId])
    const cases: Array<[string, string]> = [
      ['scenario 1', `/v1/tasks/${middleId}`],
      ['scenario 2', `/v1/tasks?noticeId=${noticeId}&limit=50`],
      ['scenario 3', '/v1/tasks?agency=HA-NOI&timeliness=open_overdue&limit=50'],
      ['scenario 3 (later page)', `/v1/tasks?agency=HA-NOI&timeliness=open_overdue&limit=50&cursor=${after}`],
      ['scenario 4', '/v1/tasks?limit=500'],
      ['scenario 4 (later page)', `/v1/tasks?limit=500&cursor=${after}`]
    ]
    const headers = { authorization: `Bearer ${ADMIN_API_KEY}` }
    for (const [name, path] of cases) {
      await app.inject({ url: path, headers }) // the key lookup and statement preparation happen once per process, not per request
      sent.length = 0
      recording.on = true
      const response = await app.inject({ url: path, headers })
      recording.on = false
      if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode} ${response.body.slice(0, 300)}`)
      if (sent.length === 0) throw new Error(`${path}: no query recorded`)
      const times: string[] = []
      for (const [index, query] of sent.entries()) {
        const explained = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, verbose off) ${query.text}`, query.values)
        const plan = explained.rows.map((row) => row['QUERY PLAN'])
        times.push(plan.find((line) => line.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? '?')
        sections.push(`== ${name}: GET ${path}, query ${index + 1} of ${sent.length}\n-- parameters: ${JSON.stringify(query.values)}\n${query.text}\n\n${plan.join('\n')}\n`)
      }
      summary.push(`${name}: ${times.join(' + ')}`)
    }
  } finally {
    restore()
    await app.close()
    await pool.end()
  }
  return { text: sections.join('\n'), summary }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2]
  if (url === undefined) throw new Error('usage: tsx bench/explain.ts <postgres url> [today]')
  const { text } = await explainPlans(url, process.argv[3] ?? '2026-06-30')
  console.log(text)
}
