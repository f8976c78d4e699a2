// The results table of one dataset: every request rate as a share of that dataset's own select-1
// ceiling, and each scenario against the target (no errors is part of every target).
import type { Row, Target } from './load.js'

export const SELECT1_CEILING = 'ceiling: select 1 through the pool'

export const targets = {
  byId: { text: '≥ 70 % of select-1', met: (_row: Row, pct: number) => pct >= 70 },
  notice: { text: '≥ 25 % of select-1', met: (_row: Row, pct: number) => pct >= 25 },
  agency: { text: '≥ 20 % of select-1, p99 ≤ 50 ms', met: (row: Row, pct: number) => pct >= 20 && row.p99 <= 50 },
  walk: { text: '≥ 50,000 rows/s', met: (row: Row) => row.rate >= 50_000 },
  progress: { text: '≥ 1,000 writes/s, p99 ≤ 100 ms, every write audited, in the feed and in the outbox', met: (row: Row) => row.rate >= 1000 && row.p99 <= 100 }
} satisfies Record<string, Target>

export function table (rows: Row[]): string {
  const select1 = rows.find((r) => r.scenario === SELECT1_CEILING)?.rate ?? NaN
  const lines = [
    '| scenario | rate | unit | p50 ms | p99 ms | errors | % of select-1 ceiling | RSS MiB | target | met? | notes |',
    '|---|---:|---|---:|---:|---:|---:|---:|---|---|---|'
  ]
  for (const r of rows) {
    const pct = 100 * r.rate / select1
    const ratio = r.unit === 'rows/s' ? '—' : `${pct.toFixed(0)} %`
    const met = r.target === undefined ? '—' : r.errors === 0 && r.target.met(r, pct) ? 'yes' : 'no'
    lines.push(`| ${r.scenario} | ${r.rate.toFixed(0)} | ${r.unit} | ${r.p50} | ${r.p99} | ${r.errors} | ${ratio} | ${r.rssMiB?.toFixed(0) ?? '—'} | ${r.target?.text ?? '—'} | ${met} | ${r.notes} |`)
  }
  return lines.join('\n')
}
