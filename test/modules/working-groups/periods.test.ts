import t from 'tap'
import { buildTestApp, json } from '../../helper.js'

const TODAY = '2026-07-20'

t.test('reporting periods are bounded and paged', async (t) => {
  const { inject, db } = await buildTestApp(t, { today: TODAY })
  const create = async (payload: Record<string, unknown>) => await inject({ method: 'POST', url: '/v1/reporting-obligations', ...json({ reporter: 'BYT', cadence: 'monthly', ...payload }) })
  const periods = async (id: number, query: string) => await inject({ method: 'GET', url: `/v1/reporting-obligations/${id}/periods?${query}` })

  t.test('API4:2023 Unrestricted resource consumption — a period outside the years 2000 to 2100 is a 400', async (t) => {
    for (const startPeriod of ['0757-05', '0999-12', '1999-12', '2101-01']) {
      const res = await create({ startPeriod })
      t.equal(res.statusCode, 400, startPeriod)
      t.match(res.json(), { code: 'NQ57_VALIDATION_FAILED', errors: [{ in: 'body', field: '/startPeriod' }] })
    }
    t.equal((await create({ cadence: 'quarterly', startPeriod: '1999-Q4' })).statusCode, 400)
    t.equal((await create({ startPeriod: '2026-01', endPeriod: '2101-01' })).statusCode, 400)
    t.equal((await inject({ method: 'GET', url: '/v1/reports?from=0999-01' })).statusCode, 400)
    const first = await create({ startPeriod: '2000-01', endPeriod: '2100-12' })
    t.equal(first.statusCode, 201)
    const patch = await inject({ method: 'PATCH', url: `/v1/reporting-obligations/${first.json().id as number}`, ...json({ startPeriod: '0757-05' }, { 'if-match': first.headers.etag as string }) })
    t.equal(patch.statusCode, 400)
  })

  t.test('API4:2023 Unrestricted resource consumption — /periods comes in pages, and stops at 2100 whatever asOf says', async (t) => {
    const { id } = (await create({ startPeriod: '2000-01' })).json() as { id: number }
    const byDefault = (await periods(id, 'asOf=9999-12-31')).json()
    t.equal(byDefault.items.length, 50, 'the default page size')
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const res = await periods(id, `asOf=9999-12-31&limit=500${cursor === null ? '' : `&cursor=${cursor}`}`)
      t.equal(res.statusCode, 200)
      seen.push(...res.json().items.map((p: { period: string }) => p.period))
      cursor = res.json().nextCursor
      pages++
    } while (cursor !== null)
    t.equal(pages, 3)
    t.equal(seen.length, 1212, '101 years of months, each once')
    t.same([seen[0], seen[1], seen.at(-1)], ['2000-01', '2000-02', '2100-12'])
    t.equal(new Set(seen).size, seen.length)
    const asOfToday = (await periods(id, 'limit=500')).json()
    t.same([asOfToday.items.length, asOfToday.items.at(-1).period, asOfToday.nextCursor], [319, '2026-07', null], 'as of today: 2000-01 to 2026-07')

    t.equal((await periods(id, 'cursor=WyIyMDI2LVExIl0')).statusCode, 400, 'a quarterly cursor on a monthly obligation')
    t.equal((await periods(id, 'cursor=WzFd')).statusCode, 400, 'a cursor that is not a period')
    t.equal((await periods(id, 'limit=501')).statusCode, 400)
  })

  t.test('API4:2023 Unrestricted resource consumption — an obligation stored with start 0757-05 breaks neither /reports/missing nor its /periods', async (t) => {
    // The database accepts any four-digit year: the row stands for one written before the API checked the range.
    const { id } = await db.insertInto('reportingObligation').values({ reporterCode: 'BYT', recipientCode: 'TTBCD', cadence: 'monthly', startPeriod: '0757-05' }).returning('id').executeTakeFirstOrThrow()
    const missing = await inject({ method: 'GET', url: `/v1/reports/missing?limit=500&obligationId=${id}` })
    t.equal(missing.statusCode, 200)
    const items = missing.json().items as Array<{ period: string, daysLate: number }>
    t.same([items.length, items[0]?.period, items.at(-1)?.period], [318, '2000-01', '2026-06'], 'from 2000-01 (no earlier period exists) to the last one due')
    t.equal((await inject({ method: 'GET', url: '/v1/reports/missing?limit=500' })).statusCode, 200, 'the list of everyone\'s')
    const own = await periods(id, 'limit=2')
    t.equal(own.statusCode, 200)
    t.same(own.json().items.map((p: { period: string }) => p.period), ['2000-01', '2000-02'])
  })
})
