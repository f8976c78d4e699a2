import t, { type Test } from 'tap'
import { sql } from 'kysely'
import { TIMELINESS, type Timeliness } from '../../../src/modules/tasks/schemas.js'
import { ASSIGNMENT_TERMS, assignmentTimeliness, TASK_TERMS, taskTimeliness, timelinessIs, timelinessSql, type TimelinessTerms } from '../../../src/modules/tasks/timeliness.js'
import { buildTestApp } from '../../helper.js'

const TODAY = '2026-04-15'
const DUE = [null, '2026-04-10', TODAY, '2026-04-20']

interface Judged { expected: Timeliness | null, bySql: Timeliness | null, matching: Timeliness[] }

t.test('the SQL rule and the TypeScript rule agree on every case', async (t) => {
  const { db } = await buildTestApp(t, { today: TODAY })
  // Each case's timeliness by the CASE form, and which filters (timelinessIs) select it.
  const judge = (terms: TimelinessTerms) => [
    timelinessSql(terms, TODAY).as('bySql'),
    ...TIMELINESS.map((timeliness, i) => timelinessIs(timeliness, terms, TODAY).as(`is${i}`))
  ]
  const compare = (t: Test, expected: Array<Timeliness | null>, rows: Array<Record<string, unknown>>): void => {
    t.equal(rows.length, expected.length, 'every case judged')
    const judged = rows.map((row, i): Judged => ({ expected: expected[i] ?? null, bySql: row.bySql as Timeliness | null, matching: TIMELINESS.filter((_, j) => row[`is${j}`] === true) }))
    t.same(judged, judged.map((j) => ({ expected: j.expected, bySql: j.expected, matching: j.expected === null ? [] : [j.expected] })))
  }

  t.test('assignments', async (t) => {
    const cases = ['open', 'done', 'cancelled'].flatMap((state) => DUE.flatMap((dueOn) =>
      [null, '2026-04-01', '2026-04-10', '2026-04-12', '2026-04-20'].map((doneOn) => ({ state: state as 'open' | 'done' | 'cancelled', doneOn, dueOn }))))
    const values = sql.join(cases.map((c, i) => sql`(${i}::int, ${c.state}::text, ${c.doneOn}::date, ${c.dueOn}::date)`))
    const { rows } = await sql<Record<string, unknown>>`select ${sql.join(judge(ASSIGNMENT_TERMS))}
      from (values ${values}) as a(i, state, done_on, due_on), lateral (select a.due_on) as t(due_on) order by a.i`.execute(db)
    compare(t, cases.map((c) => assignmentTimeliness(c.state, c.doneOn, c.dueOn, TODAY)), rows)
  })

  t.test('tasks, by their lead counters', async (t) => {
    const cases = [0, 1, 2].flatMap((leadCount) => DUE.flatMap((dueOn) => Array.from({ length: leadCount + 1 }, (_, open) => open).flatMap((leadOpenCount) =>
      // Only a dated task can have a late lead (the trigger counts done_on > due_on).
      Array.from({ length: dueOn === null ? 1 : leadCount - leadOpenCount + 1 }, (_, late) => ({ leadCount, leadOpenCount, leadLateCount: late, dueOn })))))
    const values = sql.join(cases.map((c, i) => sql`(${i}::int, ${c.leadCount}::int, ${c.leadOpenCount}::int, ${c.leadLateCount}::int, ${c.dueOn}::date)`))
    const { rows } = await sql<Record<string, unknown>>`select ${sql.join(judge(TASK_TERMS))}
      from (values ${values}) as t(i, lead_count, lead_open_count, lead_late_count, due_on) order by t.i`.execute(db)
    compare(t, cases.map((c) => taskTimeliness(c, TODAY)), rows)
  })
})
