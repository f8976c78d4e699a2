// The results table of one dataset: every request rate as a share of that dataset's own select-1
// ceiling, and each scenario against the issue's target (no errors is part of every target).
import type { DbCheck, FundingResult, SlowQuery } from './funding.js'
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

const seconds = (ms: number): string => (ms / 1000).toFixed(2)
const count = (n: number | undefined): string => n === undefined ? '—' : n.toLocaleString('en')

/** The funding scenario's tables: each step, other requests' latency with and without a batch, the database checks, where the time goes. */
export function fundingTables (f: FundingResult): string {
  const slowest = (slow: SlowQuery[]): string => slow.length === 0
    ? 'none'
    : `${slow.length} taking ${seconds(slow.reduce((sum, q) => sum + q.ms, 0))} s; longest: ${[...slow].sort((a, b) => b.ms - a.ms).slice(0, 4).map((q) => `${seconds(q.ms)} s \`${q.sql.replace(/[|`]/g, ' ')}\``).join(', ')}`
  const lines = [
    `### Funding batches: ${f.lines.toLocaleString('en')} lines in one call`,
    '',
    `An integration key of BTC (Ministry of Finance) sends ${f.lines.toLocaleString('en')} lines of fiscal year 2026: ${f.shape}. ` +
    'Steps in this order, e before b (the CSV dry run sees the same empty state as a). Time: request sent to last byte of the answer (or to the lost connection); headers: to the answer\'s headers; ' +
    'work: to when no statement of the service ran any more (the step\'s work committed or rolled back; the reads of other requests run until then). ' +
    'RSS: the server process\'s peak during the step (work included). Slow statements: what the service\'s own slow-query log (≥ 200 ms) reported during the step. ' +
    `Service settings: ${f.settings}.`,
    '',
    '| step | status | time s | headers s | work s | request MiB | answer MiB | received | created | updated | unchanged | listed | expected | met? | RSS MiB | slow statements | notes |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---|---|'
  ]
  for (const s of f.steps) {
    lines.push(`| ${s.name} | ${s.status} | ${seconds(s.ms)} | ${seconds(s.headersMs)} | ${seconds(s.workMs)} | ${(s.requestBytes / 2 ** 20).toFixed(1)} | ${(s.responseBytes / 2 ** 20).toFixed(2)} | ` +
      `${count(s.result?.received)} | ${count(s.result?.created)} | ${count(s.result?.updated)} | ${count(s.result?.unchanged)} | ${count(s.result?.listed)} | ${s.expected} | ${s.ok ? 'yes' : 'no'} | ` +
      `${s.rssMiB.toFixed(0)} | ${slowest(s.slow)} | ${s.notes === '' ? '—' : s.notes} |`)
  }
  const long = f.steps.flatMap((s) => s.long.map((q) => ({ step: s.name, ...q })))
  if (long.length > 0) {
    lines.push('', 'Statements of the service seen running longer than 5 s (pg_stat_activity sampled every second; a statement that failed or whose connection was cut shows here, not in the slow-query log):', '',
      '| step | seen running s | waits when sampled | statement |', '|---|---:|---|---|')
    for (const q of long) lines.push(`| ${q.step} | ${q.seconds.toFixed(0)} | ${q.waits} | \`${q.sql.replace(/[|`]/g, ' ')}\` |`)
  }
  lines.push('', 'Other requests while a batch is written (autocannon, the runner process):', '',
    '| load | seconds | requests | p50 ms | p99 ms | max ms | errors | server RSS MiB |', '|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const l of f.latency) lines.push(`| ${l.name} | ${l.seconds.toFixed(1)} | ${l.requests.toLocaleString('en')} | ${l.p50} | ${l.p99} | ${l.max} | ${l.errors} | ${l.rssMiB.toFixed(0)} |`)
  lines.push('', 'The database after each write (rows added by the step; lines: the scenario\'s lines in all; sums: estimate, allocated and disbursed of those lines equal what was sent):', '',
    '| after | lines | new lines | funding_figure | audit funding_line insert | audit funding_line update | audit funding_figure | audited as the key | feed create | feed update | sums | as expected? |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|')
  for (const c of f.checks) {
    const cell = (k: keyof DbCheck['expected']): string => c[k] === c.expected[k] ? count(c[k]) : `${count(c[k])} (expected ${count(c.expected[k])})`
    lines.push(`| ${c.step} | ${cell('lines')} | ${cell('newLines')} | ${cell('figures')} | ${cell('auditLineInserts')} | ${cell('auditLineUpdates')} | ${cell('auditFigures')} | ${cell('auditByKey')} | ` +
      `${cell('feedCreates')} | ${cell('feedUpdates')} | ${c.sumsMatch ? 'match' : 'differ'} | ${c.ok ? 'yes' : 'no'} |`)
  }
  lines.push('', 'Where the time goes outside the database (the runner, with the service\'s own Fastify options, schemas and CSV reader; median of 3):', '',
    '| part | ms | notes |', '|---|---:|---|')
  for (const b of f.breakdown) lines.push(`| ${b.part} | ${b.ms.toFixed(0)} | ${b.notes} |`)
  if (f.warnings.length > 0) lines.push('', `The service logged: ${f.warnings.slice(0, 10).map((w) => `\`${w.replace(/[|`]/g, ' ')}\``).join('; ')}${f.warnings.length > 10 ? ` and ${f.warnings.length - 10} more` : ''}.`)
  return lines.join('\n')
}
