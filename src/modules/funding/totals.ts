import type { FundingTotals, Grouping } from './schemas.js'

type Group = FundingTotals['groups'][number]
type Sums = Pick<Group, 'lines' | 'registered' | 'estimate' | 'allocated' | 'disbursed' | 'carriedOver'>

/** part ÷ whole to 4 decimals, computed on exact integers; null when there is nothing to divide by. */
export function rate (part: string, whole: string): number | null {
  const divisor = BigInt(whole)
  if (divisor === 0n) return null
  const scaled = (BigInt(part) * 20000n / divisor + 1n) / 2n // round half up at the 4th decimal
  return Number(scaled) / 10000
}

function withFigures<T extends Sums> (sums: T): T & Pick<Group, 'unallocated' | 'allocationRate' | 'disbursementRate'> {
  return {
    ...sums,
    unallocated: (BigInt(sums.estimate) - BigInt(sums.allocated)).toString(),
    allocationRate: rate(sums.allocated, sums.estimate),
    disbursementRate: rate(sums.disbursed, sums.allocated)
  }
}

/** The groups with their derived figures, and the grand total of all of them. */
export function withRates (groupBy: Grouping, asOf: string, groups: Array<Sums & Pick<Group, 'key' | 'name'>>): FundingTotals {
  const add = (a: string, b: string): string => (BigInt(a) + BigInt(b)).toString()
  const total = groups.reduce<Sums>((sum, g) => ({
    lines: sum.lines + g.lines,
    registered: add(sum.registered, g.registered),
    estimate: add(sum.estimate, g.estimate),
    allocated: add(sum.allocated, g.allocated),
    disbursed: add(sum.disbursed, g.disbursed),
    carriedOver: add(sum.carriedOver, g.carriedOver)
  }), { lines: 0, registered: '0', estimate: '0', allocated: '0', disbursed: '0', carriedOver: '0' })
  return { groupBy, asOf, groups: groups.map((g) => withFigures({ ...g, key: g.key === null ? null : String(g.key) })), total: withFigures(total) }
}
