import t, { type Test } from 'tap'
import { csvLine } from '../../../src/shared/csv.js'
import { buildTestApp, json } from '../../helper.js'

/** A small RFC 4180 reader, enough to check the export. */
function parseCsv (text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++ } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') { row.push(field); field = '' } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++ } else field += c
  }
  return rows
}

interface Assignment { id: number, agency: { code: string, nameVi: string }, role: string, state: string, doneOn: string | null, progressPercent: number, timeliness: string | null, version: number }

t.test('CSV export: the JSON list\'s tasks, and with agency only that agency\'s own assignment rows', async (t) => {
  const { inject } = await buildTestApp(t, { today: '2026-04-15' })
  const header = ['notice', 'taskId', 'ref', 'content', 'agencyCode', 'agencyName', 'role', 'deadlineKind', 'dueOn', 'deadlineText', 'state', 'doneOn', 'progressPercent', 'timeliness']
  const assignmentsOf = async (taskId: number): Promise<Assignment[]> => (await inject({ method: 'GET', url: `/v1/tasks/${taskId}/assignments` })).json().items

  /** The CSV for `filter`, checked against the JSON list for the same filter under the documented rule. */
  const compare = async (t: Test, filter: string): Promise<string[][]> => {
    const res = await inject({ method: 'GET', url: `/v1/tasks.csv?${filter}` })
    t.equal(res.statusCode, 200)
    const [head, ...rows] = parseCsv(res.body.slice(1))
    t.same(head, header)
    const list = await inject({ method: 'GET', url: `/v1/tasks?${filter}&limit=500` })
    t.equal(list.json().nextCursor, null, 'one page of JSON')
    const query = new URLSearchParams(filter)
    const agency = query.get('agency')
    const own = (a: Assignment): boolean => agency === null ||
      (a.agency.code === agency && a.state !== 'cancelled' && [null, a.role].includes(query.get('role')) && [null, a.timeliness].includes(query.get('timeliness')))
    const expected: string[][] = []
    for (const task of list.json().items) {
      const mine = (await assignmentsOf(task.id as number)).filter(own).sort((x, y) => x.id - y.id)
      t.ok(mine.length > 0, `task ${task.ref as string} has a row`)
      for (const a of mine) {
        expected.push([task.noticeNumber, String(task.id), task.ref, task.content, a.agency.code, a.agency.nameVi, a.role,
          task.deadline?.kind ?? '', task.deadline?.dueOn ?? '', task.deadline?.text ?? '', a.state, a.doneOn ?? '', String(a.progressPercent), a.timeliness ?? ''])
      }
    }
    t.same(rows, expected, `${filter}: ${rows.length} rows`)
    if (agency !== null) t.ok(rows.every((row) => row[4] === agency), 'every row is the asked agency\'s')
    const timeliness = query.get('timeliness')
    if (agency !== null && timeliness !== null) t.ok(rows.every((row) => row[13] === timeliness), `every row is ${timeliness}`)
    return rows
  }

  t.test('on the seeded notices', async (t) => {
    const res = await inject({ method: 'GET', url: '/v1/tasks.csv?agency=BKHCN&role=lead' })
    t.match(res.headers['content-type'], /^text\/csv; charset=utf-8/)
    t.ok(res.body.startsWith('\uFEFF'), 'UTF-8 BOM for Excel')
    t.ok((await compare(t, 'agency=BKHCN&role=lead')).length > 50)
    t.ok((await compare(t, 'agency=BTC&timeliness=open_overdue')).length > 0)
    await compare(t, 'timeliness=open_overdue&dueBefore=2026-04-01')
    t.same(await compare(t, 'agency=MINISTRIES'), [], 'a group code names no assignment, in the JSON list as in the CSV')
    t.equal((await inject({ method: 'GET', url: '/v1/tasks.csv?limit=5' })).statusCode, 400, 'paging parameters do not apply to the export')
    t.equal(csvLine(['-2+3+cmd', '=1+1', 'Bộ Y tế, "Hà Nội"']), '\'-2+3+cmd,\'=1+1,"Bộ Y tế, ""Hà Nội"""\r\n', 'formulas are neutralised, quotes escaped')
  })

  t.test('on tasks BTC shares with other agencies, in every timeliness', async (t) => {
    const notice = (await inject({ method: 'POST', url: '/v1/notices', ...json({ number: '81-TB/CQTTBCĐ', issuedOn: '2026-03-01', issuer: 'CQTTBCD', title: 'Xuất CSV' }) })).json()
    const task = async (ref: string, parties: object, dueOn?: string): Promise<Assignment[]> => {
      const res = await inject({ method: 'POST', url: `/v1/notices/${notice.id as number}/tasks`, ...json({ ref, label: `${ref}.`, content: `Việc ${ref}`, ...parties, ...(dueOn === undefined ? {} : { deadline: { kind: 'date', dueOn } }) }) })
      t.equal(res.statusCode, 201)
      return await assignmentsOf(res.json().task.id)
    }
    const of = (assignments: Assignment[], agency: string): Assignment => assignments.find((a) => a.agency.code === agency) as Assignment
    const done = async (a: Assignment, doneOn: string): Promise<void> => {
      t.equal((await inject({ method: 'POST', url: `/v1/assignments/${a.id}/updates`, ...json({ percent: 100, note: 'Xong', doneOn }) })).statusCode, 201)
    }
    // 1: BTC overdue, BYT done on time. 2: BTC coordinates, in time. 3: BTC done on time.
    // 4: BTC done late while BCT is overdue (the task rolls up overdue). 5: BTC's lead cancelled. 6: undated.
    await done(of(await task('1', { leadAgencies: ['BTC', 'BYT'] }, '2026-03-31'), 'BYT'), '2026-03-20')
    await task('2', { leadAgencies: ['BYT'], coordinatingAgencies: ['BTC'] }, '2026-05-31')
    await done(of(await task('3', { leadAgencies: ['BTC'] }, '2026-04-10'), 'BTC'), '2026-04-05')
    await done(of(await task('4', { leadAgencies: ['BTC', 'BCT'] }, '2026-04-01'), 'BTC'), '2026-04-03')
    const cancelled = of(await task('5', { leadAgencies: ['BTC', 'BYT'] }, '2026-03-31'), 'BTC')
    t.equal((await inject({ method: 'PATCH', url: `/v1/assignments/${cancelled.id}`, ...json({ state: 'cancelled' }, { 'if-match': `"${cancelled.version}"` }) })).statusCode, 200)
    await task('6', { leadAgencies: ['BTC'], coordinatingAgencies: ['BYT'] })

    const refs = async (filter: string): Promise<string[]> => (await compare(t, `noticeId=${notice.id as number}&${filter}`)).map((row) => `${row[2] as string}:${row[4] as string}`)
    t.same(await refs('agency=BTC'), ['1:BTC', '2:BTC', '3:BTC', '4:BTC', '6:BTC'], 'only BTC\'s rows, none cancelled')
    t.same(await refs('agency=BTC&timeliness=open_overdue'), ['1:BTC'], 'task 4 is overdue, but not BTC\'s part of it')
    t.same(await refs('agency=BTC&timeliness=open_in_time'), ['2:BTC'])
    t.same(await refs('agency=BTC&timeliness=done_on_time'), ['3:BTC'])
    t.same(await refs('agency=BTC&timeliness=done_late'), ['4:BTC'])
    t.same(await refs('agency=BTC&timeliness=open_undated'), ['6:BTC'])
    t.same(await refs('agency=BTC&role=coordinating'), ['2:BTC'])
    t.same(await refs('agency=BTC&role=lead&timeliness=open_in_time'), [])
    t.same(await refs('agency=BYT'), ['1:BYT', '2:BYT', '5:BYT', '6:BYT'])
    t.same(await refs('timeliness=open_overdue'), ['1:BTC', '1:BYT', '4:BTC', '4:BCT', '5:BTC', '5:BYT'], 'without agency: the roll-up picks tasks, every assignment is a row')
  })
})

t.test('statistics and the published ranking', async (t) => {
  const { app, db, inject } = await buildTestApp(t, { today: '2027-06-30' })

  t.test('statistics count lead assignments by timeliness, honouring asOf', async (t) => {
    const before = (await inject({ method: 'GET', url: '/v1/statistics/timeliness?groupBy=notice&asOf=2026-01-01' })).json()
    const after = (await inject({ method: 'GET', url: '/v1/statistics/timeliness?groupBy=notice&asOf=2026-04-15' })).json()
    t.equal(before.asOf, '2026-01-01')
    const first = (body: { items: Array<{ label: string, counts: Record<string, number>, total: number }> }) => body.items.find((i) => i.label === '17-TB/CQTTBCĐ')
    t.equal(first(before)?.total, first(after)?.total, 'the same assignments')
    t.ok((first(after)?.counts.openOverdue ?? 0) > (first(before)?.counts.openOverdue ?? 0), 'more overdue later')
    t.same(Object.keys(first(after)?.counts ?? {}).sort(), ['doneLate', 'doneOnTime', 'doneUndated', 'openInTime', 'openOverdue', 'openUndated'], 'camelCase keys')
    for (const item of after.items) t.equal(Object.values<number>(item.counts).reduce((a, b) => a + b, 0), item.total)
    const byAgency = (await inject({ method: 'GET', url: '/v1/statistics/timeliness?groupBy=agency&asOf=2026-04-15' })).json()
    t.ok(byAgency.items.some((i: { key: string }) => i.key === 'HA-NOI'))
    const byMonth = (await inject({ method: 'GET', url: '/v1/statistics/timeliness?groupBy=month&asOf=2026-04-15' })).json()
    t.match(byMonth.items.find((i: { key: string }) => i.key === '2026-03'), { counts: { openOverdue: Number } })
  })

  t.test('the ranking of a small fixture is the hand-computed one', async (t) => {
    const notice = (await inject({ method: 'POST', url: '/v1/notices', ...json({ number: '80-TB/CQTTBCĐ', issuedOn: '2027-03-01', issuer: 'CQTTBCD', title: 'Xếp hạng' }) })).json()
    const task = async (ref: string, lead: string, dueOn: string): Promise<number> => {
      const created = (await inject({ method: 'POST', url: `/v1/notices/${notice.id as number}/tasks`, ...json({ ref, label: `${ref}.`, content: ref, leadAgencies: [lead], deadline: { kind: 'date', dueOn } }) })).json()
      return (await inject({ method: 'GET', url: `/v1/tasks/${created.task.id as number}/assignments` })).json().items[0].id
    }
    const done = async (assignment: number, doneOn: string) => {
      const res = await inject({ method: 'POST', url: `/v1/assignments/${assignment}/updates`, ...json({ percent: 100, note: 'Xong', doneOn }) })
      t.equal(res.statusCode, 201)
    }
    await done(await task('1', 'BYT', '2027-04-10'), '2027-04-05')
    await task('2', 'BYT', '2027-04-20')
    await done(await task('3', 'BGDDT', '2027-04-15'), '2027-04-18')
    await done(await task('4', 'BTC', '2027-04-25'), '2027-04-25')
    await done(await task('5', 'BCT', '2027-04-30'), '2027-04-01')
    // BYT's monthly report for 2027-04 was due on 5 May and first submitted on 10 May: late.
    const obligation = await db.insertInto('reportingObligation').values({ reporterCode: 'BYT', workingGroupId: null, recipientCode: 'TTBCD', cadence: 'monthly', startPeriod: '2027-04', endPeriod: null, dueDay: 5, taskId: null, note: null }).returning('id').executeTakeFirstOrThrow()
    await db.insertInto('report').values({ obligationId: obligation.id, period: '2027-04', periodStart: '2027-04-01', periodEnd: '2027-04-30', status: 'submitted', firstSubmittedOn: '2027-05-10' }).execute()
    // BGDDT never reported on April; BCT did on 15 June, after asOf: both missing as of 1 June.
    const owes = async (reporterCode: string) => (await db.insertInto('reportingObligation').values({ reporterCode, workingGroupId: null, recipientCode: 'TTBCD', cadence: 'monthly', startPeriod: '2027-04', endPeriod: null, dueDay: 5, taskId: null, note: null }).returning('id').executeTakeFirstOrThrow()).id
    await owes('BGDDT')
    await db.insertInto('report').values({ obligationId: await owes('BCT'), period: '2027-04', periodStart: '2027-04-01', periodEnd: '2027-04-30', status: 'submitted', firstSubmittedOn: '2027-06-15' }).execute()
    // BTC: 1 of 1 on time → 100. BCT: 100 − 10·2·1/1 = 80 (its one report missing as of 1 June).
    // BYT: 50 − 10·1/2 − 42/2 − 10·1/1 = 14 (one open 42 days late on 1 June; its one report late).
    // BGDDT: 0 − 10·1/1 − 3/1 − 10·2·1/1 = −33 (done 3 days late; its one report missing).
    const res = await app.inject({ method: 'GET', url: '/v1/rankings/agencies?from=2027-04-01&to=2027-04-30&asOf=2027-06-01' })
    t.equal(res.statusCode, 200, 'public: no key needed')
    t.same(res.json().items.map((i: { rank: number, agency: { code: string }, index: number, overdueDays: number }) => [i.rank, i.agency.code, i.index, i.overdueDays]), [
      [1, 'BTC', 100, 0], [2, 'BCT', 80, 0], [3, 'BYT', 14, 42], [4, 'BGDDT', -33, 3]
    ])
    t.match(res.json().items[2], { total: 2, doneOnTime: 1, onTimeShare: 0.5, overdueCount: 1, reportsOnTime: 0, reportsLate: 1, reportsMissing: 0 })
    t.match(res.json().items[1], { reportsOnTime: 0, reportsLate: 0, reportsMissing: 1 })
    const later = (await app.inject({ method: 'GET', url: '/v1/rankings/agencies?from=2027-04-01&to=2027-04-30&asOf=2027-06-20' })).json().items
    t.match(later.find((i: { agency: { code: string } }) => i.agency.code === 'BCT'), { reportsLate: 1, reportsMissing: 0 }, 'by 20 June it had come in, late')
    t.equal((await app.inject({ method: 'GET', url: '/v1/rankings/agencies?from=2027-05-01&to=2027-04-01' })).statusCode, 400)
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json()
    t.match(doc.paths['/v1/rankings/agencies'].get.description, /index = 100 × onTimeShare/, 'the formula is in the contract')
  })
})
