// EXPLAIN (ANALYZE, BUFFERS) of the exact SQL the service sends for scenarios 1–3: the
// repository functions run against a Kysely instance that records each compiled query, and
// each query is then explained with its own parameters.
import { CamelCasePlugin, Kysely, PostgresDialect, type CompiledQuery } from 'kysely'
import pg from 'pg'
import type { Database } from '../src/db/schema.js'
import { findTask, listTasks } from '../src/modules/tasks/repository.js'
import type { TaskListQuery } from '../src/modules/tasks/schemas.js'

export async function explainPlans (url: string, today: string): Promise<{ text: string, summary: string[] }> {
  const pool = new pg.Pool({ connectionString: url, max: 1 })
  let captured: CompiledQuery | undefined
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
    log: (event) => { captured = event.query }
  })
  const sections: string[] = []
  const summary: string[] = []
  try {
    const { rows } = await pool.query<{ id: number }>('select id from task order by id offset (select count(*) / 2 from task) limit 1')
    const middleId = Number(rows[0]?.id ?? 1)
    const cases: Array<[string, () => Promise<unknown>]> = [
      ['scenario 1: GET /v1/tasks/{id}', async () => await findTask(db, middleId, today)],
      ['scenario 2: GET /v1/tasks?agency=HA-NOI&timeliness=open_overdue&limit=50',
        async () => await listTasks(db, { agency: 'HA-NOI', timeliness: 'open_overdue', limit: 50 } as TaskListQuery, undefined, today)],
      ['scenario 2, a later page (cursor after the middle id)',
        async () => await listTasks(db, { agency: 'HA-NOI', timeliness: 'open_overdue', limit: 50 } as TaskListQuery, middleId, today)],
      ['scenario 3: GET /v1/tasks?limit=500 (first page)', async () => await listTasks(db, { limit: 500 } as TaskListQuery, undefined, today)],
      ['scenario 3: GET /v1/tasks?limit=500 (page after the middle id)', async () => await listTasks(db, { limit: 500 } as TaskListQuery, middleId, today)]
    ]
    for (const [title, run] of cases) {
      captured = undefined
      await run()
      if (captured === undefined) throw new Error(`no query captured for ${title}`)
      const query: CompiledQuery = captured
      const explained = await pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, verbose off) ${query.sql}`, [...query.parameters])
      const plan = explained.rows.map((row) => row['QUERY PLAN'])
      const time = plan.find((line) => line.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? '?'
      summary.push(`${title.split(':')[0]}${title.includes('later') || title.includes('middle') ? ' (later page)' : ''}: ${time}`)
      sections.push(`== ${title}\n-- parameters: ${JSON.stringify(query.parameters)}\n${query.sql}\n\n${plan.join('\n')}\n`)
    }
  } finally {
    await db.destroy()
  }
  return { text: sections.join('\n'), summary }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2]
  if (url === undefined) throw new Error('usage: tsx bench/explain.ts <postgres url> [today]')
  const { text } = await explainPlans(url, process.argv[3] ?? '2026-06-30')
  console.log(text)
}
