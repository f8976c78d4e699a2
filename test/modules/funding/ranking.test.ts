import { sql } from 'kysely'
import t from 'tap'
import { bearer, buildTestApp, json, type TestContext } from '../../helper.js'

const TODAY = '2026-07-20'
const PERIOD = 'from=2026-01-01&to=2026-12-31'

interface Item { agency: { code: string }, index: number, disbursementRate: number | null }

async function rankedAgency (ctx: TestContext): Promise<string> {
  // An agency the ranking lists: a lead assignment due within the period.
  const { rows: [lead] } = await sql<{ agencyCode: string }>`select a.agency_code from assignment a join task t on t.id = a.task_id
    where a.role = 'lead' and a.state <> 'cancelled' and t.due_on between '2026-01-01' and '2026-12-31' order by a.agency_code limit 1`.execute(ctx.db)
  if (lead === undefined) throw new Error('the seed has no lead assignment due in 2026')
  return lead.agencyCode
}

async function itemOf (ctx: TestContext, code: string, asOf = TODAY): Promise<Item> {
  const res = await ctx.inject({ method: 'GET', url: `/v1/rankings/agencies?${PERIOD}&asOf=${asOf}` })
  const item = (res.json().items as Item[]).find((i) => i.agency.code === code)
  if (item === undefined) throw new Error(`${code} is not ranked`)
  return item
}

/** 1,000 đồng allocated on 2026-03-01, 250 of it disbursed on 2026-06-30: a rate of 0.25 from that day. */
async function fund (ctx: TestContext, agencyCode: string): Promise<void> {
  const finance = await ctx.integrationKey('BTC')
  const lines = [
    { externalId: 'R-1', fiscalYear: 2026, agencyCode, source: 'central', field: 'digital_transformation', title: 'Chuyển đổi số', estimate: '1000', allocated: '1000', asOf: '2026-03-01' },
    // Another fiscal year: outside the period, it must not count.
    { externalId: 'R-2', fiscalYear: 2025, agencyCode, source: 'central', field: 'innovation', title: 'Năm trước', estimate: '500', allocated: '500', disbursed: '500', asOf: '2026-03-01' }
  ]
  t.equal((await ctx.inject({ method: 'POST', url: '/v1/funding/batches?dryRun=false', ...json({ lines }, bearer(finance)) })).statusCode, 200)
  const res = await ctx.inject({ method: 'POST', url: '/v1/funding/batches?dryRun=false', ...json({ lines: [{ externalId: 'R-1', disbursed: '250', asOf: '2026-06-30' }] }, bearer(finance)) })
  t.equal(res.json().updated, 1)
}

t.test('the ranking shows the disbursement rate, and weighs it by RANKING_DISBURSEMENT_WEIGHT only', async (t) => {
  t.test('weight 0 (the default): the rate is shown and the index does not move', async (t) => {
    const ctx = await buildTestApp(t, { today: TODAY })
    const code = await rankedAgency(ctx)
    const before = await itemOf(ctx, code)
    t.equal(before.disbursementRate, null, 'nothing allocated: no rate')
    await fund(ctx, code)
    const after = await itemOf(ctx, code)
    t.equal(after.disbursementRate, 0.25)
    t.equal(after.index, before.index)
  })

  t.test('weight 10: a quarter disbursed adds 2.5 points, from the day it was disbursed', async (t) => {
    const ctx = await buildTestApp(t, { today: TODAY, rankingDisbursementWeight: 10 })
    const code = await rankedAgency(ctx)
    const before = await itemOf(ctx, code)
    const beforeOnTheEve = await itemOf(ctx, code, '2026-06-29')
    await fund(ctx, code)
    const after = await itemOf(ctx, code)
    t.equal(after.disbursementRate, 0.25)
    t.equal(after.index, Math.round((before.index + 2.5) * 100) / 100)
    const earlier = await itemOf(ctx, code, '2026-06-29')
    t.equal(earlier.disbursementRate, 0, 'allocated but not yet disbursed the day before')
    t.equal(earlier.index, beforeOnTheEve.index, 'a rate of 0 adds nothing')
    const beforeAllocation = await itemOf(ctx, code, '2026-02-28')
    t.equal(beforeAllocation.disbursementRate, null, 'nothing allocated yet')
  })
})
