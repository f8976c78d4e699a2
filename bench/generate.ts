// Fills a bench database with a deterministic, set-based dataset (no per-row round trips): at
// scale 1, 200 notices × 100 tasks (4 sections → 4 points each → 5 items each), group fan-out to
// provinces and ministries (≈1.04 M assignments) and 1–5 progress updates per assignment
// (≈3.1 M). A scale changes the number of notices only; everything per notice stays the same.
// Run alone with `npx tsx bench/generate.ts [--force] [--scale=0.1]`.
import pg from 'pg'
import { createDatabaseIfMissing } from '../src/startup/connect.js'
import { databaseName, dropBenchDatabase, prepareBenchDatabase, startBenchDb, type BenchDb } from './db.js'

/** The "today" the dataset is laid out against; the bench server runs with TODAY set to it. */
export const BENCH_TODAY = '2026-06-30'
const FULL_NOTICES = 200
const datasetVersion = (scale: number): string => `nq57-bench-dataset v2 scale=${scale}`
/** What full datasets were marked before scales existed; their rows are the same as scale 1's. */
const UNSCALED_VERSION = 'nq57-bench-dataset v2'
/** Tables the load writes; their user triggers (lead counters, audit) are off during the load. */
const LOADED_TABLES = ['notice', 'task', 'task_party', 'task_reference', 'assignment', 'progress_update']

export interface DatasetSummary { scale: number, database: string, url: string, reused: boolean, seconds: number, counts: Record<string, number> }

function noticesAt (scale: number): number {
  const notices = Math.round(FULL_NOTICES * scale)
  if (!Number.isFinite(notices) || notices < 1) throw new Error(`scale ${scale} gives no notices`)
  return notices
}

async function hasDataset (url: string, database: string, scale: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ comment: string | null }>(
      'select shobj_description(oid, \'pg_database\') as comment from pg_database where datname = current_database()')
    const comment = rows[0]?.comment
    if (comment === datasetVersion(scale)) return true
    if (scale !== 1 || comment !== UNSCALED_VERSION) return false
    await client.query(`comment on database ${pg.escapeIdentifier(database)} is '${datasetVersion(scale)}'`)
    return true
  } finally {
    await client.end()
  }
}

export async function ensureDataset (db: BenchDb, scale: number, force = false, log: (m: string) => void = console.log): Promise<DatasetSummary> {
  const started = performance.now()
  const database = databaseName(scale)
  const url = db.urlOf(database)
  const notices = noticesAt(scale)
  await createDatabaseIfMissing(db.adminUrl, database)
  const summary = async (reused: boolean): Promise<DatasetSummary> =>
    ({ scale, database, url, reused, seconds: (performance.now() - started) / 1000, counts: await countRows(url) })
  if (!force && await hasDataset(url, database, scale)) {
    await prepareBenchDatabase(url) // newer migrations (indexes) still apply to a reused dataset
    return await summary(true)
  }
  log(`generating the dataset of scale ${scale} (${notices} notices) in a fresh database ${database}…`)
  await dropBenchDatabase(db.adminUrl, database)
  await prepareBenchDatabase(url)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query('set synchronous_commit = off')
    await client.query("set maintenance_work_mem = '1GB'")
    await client.query('begin')
    for (const table of LOADED_TABLES) await client.query(`alter table ${table} disable trigger user`)
    for (const [name, statement] of statements(notices)) {
      const t0 = performance.now()
      const result = await client.query(statement)
      log(`  ${name}: ${result.rowCount ?? 0} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    }
    for (const table of LOADED_TABLES) await client.query(`alter table ${table} enable trigger user`)
    await client.query('commit')
    const t0 = performance.now()
    await client.query('vacuum (analyze) notice, task, task_party, task_reference, assignment, progress_update')
    log(`  vacuum analyze: ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    await client.query(`comment on database ${pg.escapeIdentifier(database)} is '${datasetVersion(scale)}'`)
  } catch (error) {
    await client.query('rollback').catch(() => {})
    throw error
  } finally {
    await client.end()
  }
  return await summary(false)
}

async function countRows (url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const counts: Record<string, number> = {}
    for (const table of ['notice', 'task', 'assignment', 'progress_update']) {
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${table}`)
      counts[table] = Number(rows[0]?.n ?? 0)
    }
    return counts
  } finally {
    await client.end()
  }
}

const TODAY = `date '${BENCH_TODAY}'`

// A small deterministic hash over integers, so every choice below is reproducible.
// (x * 2654435761) mod 2^32, then to 0..99.
const pct = (expr: string): string => `((((${expr})::bigint * 2654435761) % 4294967296) / 42949673)::int`

const statements = (notices: number): Array<[string, string]> => [
  ['notices', `
    insert into notice (number, kind, issued_on, issuer_code, title, summary)
    select (1000 + i) || '-TB/CQTTBCĐ', 'TB',
      date '2022-07-01' + (i - 1) * 1430 / ${notices},
      'CQTTBCD',
      'Thông báo kết luận của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (phiên ' || i || ')',
      'Bộ dữ liệu đo hiệu năng số ' || i
    from generate_series(1, ${notices}) i`],
  ['tasks: sections', `
    insert into task (notice_id, parent_id, ref, label, position, content)
    select n.id, null::integer, g.s::text, g.s || '.', g.s,
      'Mục ' || g.s || ': ' || (array['Hoàn thiện thể chế, chính sách', 'Phát triển hạ tầng số', 'Phát triển nguồn nhân lực', 'Đẩy mạnh chuyển đổi số'])[g.s]
    from notice n cross join generate_series(1, 4) g(s)
    where n.summary like 'Bộ dữ liệu đo hiệu năng số %'
    order by n.id, g.s`],
  ['tasks: points', `
    insert into task (notice_id, parent_id, ref, label, position, content, deadline_kind, due_on, deadline_text)
    select n.id, sec.id, sec.ref || '.' || l.letter, l.letter || ')', 10 * sec.position + l.p,
      'Chủ trì xây dựng, trình cấp có thẩm quyền ban hành đề án về ' || (array['dữ liệu số quốc gia', 'hạ tầng điện toán đám mây', 'an ninh mạng', 'chính phủ số', 'kinh tế số', 'đổi mới sáng tạo'])[1 + (sec.id + l.p) % 6]
        || ' (điểm ' || sec.ref || '.' || l.letter || ')',
      'year', make_date(extract(year from n.issued_on + 200)::int, 12, 31), 'trong năm ' || extract(year from n.issued_on + 200)::int
    from task sec join notice n on n.id = sec.notice_id
    cross join (values (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')) l(p, letter)
    where sec.parent_id is null and n.summary like 'Bộ dữ liệu đo hiệu năng số %'
    order by sec.id, l.p`],
  ['tasks: items', `
    insert into task (notice_id, parent_id, ref, label, position, content, deadline_kind, due_on, deadline_text, recurrence)
    select notice_id, parent_id, ref, label, position, content, kind,
      case kind when 'none' then null
        when 'month' then (date_trunc('month', d) + interval '1 month - 1 day')::date
        when 'quarter' then (date_trunc('quarter', d) + interval '3 months - 1 day')::date
        else d end,
      case kind when 'none' then 'Nhiệm vụ thường xuyên'
        when 'month' then 'trong tháng ' || extract(month from d) || '/' || extract(year from d)
        when 'quarter' then 'trong quý ' || (array['I', 'II', 'III', 'IV'])[extract(quarter from d)::int] || '/' || extract(year from d)
        else 'trước ngày ' || to_char(d, 'DD/MM/YYYY') end,
      case when kind = 'none' and h < 3 then 'monthly' end
    from (
      select pt.notice_id, pt.id as parent_id, pt.ref || '.(' || k || ')' as ref, '(' || k || ')' as label,
        10 * pt.position + k as position,
        'Triển khai nhiệm vụ ' || pt.ref || '.(' || k || '): ' ||
          (array['xây dựng cơ sở dữ liệu chuyên ngành và kết nối, chia sẻ với Cơ sở dữ liệu quốc gia',
                 'rà soát, sửa đổi, bổ sung văn bản quy phạm pháp luật liên quan',
                 'bố trí kinh phí thực hiện từ nguồn ngân sách nhà nước và các nguồn hợp pháp khác',
                 'đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức',
                 'tổ chức sơ kết, đánh giá kết quả thực hiện và báo cáo Ban Chỉ đạo'])[k] as content,
        ${pct('pt.id * 5 + k')} as h,
        n.issued_on + 30 + ${pct('pt.id * 7 + k * 3')} * 6 + k * 11 as d,
        case when ${pct('pt.id * 5 + k')} < 10 then 'none'
             when ${pct('pt.id * 5 + k')} < 35 then 'month'
             when ${pct('pt.id * 5 + k')} < 55 then 'quarter'
             else 'date' end as kind
      from task pt join notice n on n.id = pt.notice_id
      cross join generate_series(1, 5) k
      where pt.ref ~ '^[0-9]+[.][a-z]$' and n.summary like 'Bộ dữ liệu đo hiệu năng số %'
      order by pt.id, k
    ) x`],
  ['task parties', `
    insert into task_party (task_id, role, ordinal, agency_code, group_code)
    select t.id, v.role, 0, v.agency, v.grp
    from task t join notice n on n.id = t.notice_id,
    lateral (select ${pct('t.id')} as h, case when t.parent_id is null then 0 when t.ref ~ '[.][a-z]$' then 1 else 2 end as depth) x,
    lateral (select (array(select agency_code from agency_group_member where group_code = 'MINISTRIES' order by agency_code))[1 + t.id % 17] as ministry) m,
    lateral (values
      -- sections: the Ministry of Science and Technology leads
      (x.depth = 0, 'lead', 'BKHCN', null::text),
      -- points: one ministry leads, the provinces coordinate
      (x.depth = 1, 'lead', m.ministry, null),
      (x.depth = 1, 'coordinating', null, 'PROVINCES'),
      -- items: half provinces lead with ministries coordinating, 30 % everyone leads, 20 % a ministry leads with everyone coordinating
      (x.depth = 2 and x.h < 50, 'lead', null, 'PROVINCES'),
      (x.depth = 2 and x.h < 50, 'coordinating', null, 'MINISTRIES'),
      (x.depth = 2 and x.h >= 50 and x.h < 80, 'lead', null, 'CENTRAL_AND_LOCAL'),
      (x.depth = 2 and x.h >= 80, 'lead', m.ministry, null),
      (x.depth = 2 and x.h >= 80, 'coordinating', null, 'CENTRAL_AND_LOCAL')
    ) v(wanted, role, agency, grp)
    where v.wanted and n.summary like 'Bộ dữ liệu đo hiệu năng số %'
    order by t.id, v.role`],
  ['task references', `
    insert into task_reference (task_id, ordinal, document_number, task_ref)
    select t.id, 0, '57-NQ/TW', null
    from task t join notice n on n.id = t.notice_id
    where t.ref ~ '[.][a-z]$' and ${pct('t.id * 3')} < 30 and n.summary like 'Bộ dữ liệu đo hiệu năng số %'`],
  // One assignment per (task, agency, role), groups fanned out to their members. The task's class
  // (tc) decides whether its leads all finished, finished late or are still open, so every
  // timeliness category is well populated for tasks and for assignments.
  ['assignments', `
    insert into assignment (task_id, agency_code, role, via_group_code, state, done_on, progress_percent, created_at, updated_at)
    select task_id, agency_code, role, via_group_code, state, done_on,
      case state when 'done' then 100 when 'open' then h % 90 else 0 end, created_at, created_at
    from (
      select task_id, agency_code, role, via_group_code, h, created_at,
        case
          when tc >= 95 then 'cancelled'
          when due_on is null then case when tc < 40 or h < 40 then 'done' when h < 95 then 'open' else 'cancelled' end
          when due_on < ${TODAY} then case when tc < 50 or h < 40 then 'done' when h < 95 then 'open' else 'cancelled' end
          else case when tc < 20 or h < 30 then 'done' when h < 95 then 'open' else 'cancelled' end
        end as state,
        case
          when tc >= 95 then null
          when due_on is null then case when tc < 40 or h < 40 then issued_on + (h * 7) % greatest(${TODAY} - issued_on, 1) end
          when due_on < ${TODAY} then case
            when tc >= 30 and tc < 50 and h < 30 then due_on + 1 + (h * 3) % (${TODAY} - due_on)
            when tc < 50 or h < 40 then greatest(issued_on, due_on - h % 30) end
          else case when tc < 20 or h < 30 then greatest(issued_on, least(${TODAY}, due_on) - h % 60) end
        end as done_on
      from (
        select t.id as task_id, coalesce(m.agency_code, p.agency_code) as agency_code, p.role, p.group_code as via_group_code,
          t.due_on, n.issued_on, n.issued_on::timestamptz as created_at,
          ${pct('t.id * 13 + 7')} as tc,
          ${pct('t.id * 31 + (hashtext(coalesce(m.agency_code, p.agency_code)) & 1023) * 17 + (p.role = \'lead\')::int')} as h
        from task_party p
        join task t on t.id = p.task_id
        join notice n on n.id = t.notice_id
        left join agency_group_member m on m.group_code = p.group_code
        where p.role in ('lead', 'coordinating') and n.summary like 'Bộ dữ liệu đo hiệu năng số %'
      ) x
    ) y
    order by task_id, role, agency_code`],
  // 1–5 updates per assignment, percent rising to its current value; the last one of a done
  // assignment reports 100 with its doneOn.
  ['progress updates', `
    insert into progress_update (assignment_id, reported_at, percent, note, author, done_on)
    select a.id,
      a.created_at + (k * greatest(coalesce(a.done_on, ${TODAY}) - a.created_at::date, 1) / u.n) * interval '1 day',
      a.progress_percent * k / u.n,
      'Báo cáo tiến độ lần ' || k || ': đã triển khai các nội dung theo kế hoạch, đang phối hợp với các cơ quan liên quan.',
      'Văn phòng ' || a.agency_code,
      case when k = u.n and a.state = 'done' then a.done_on end
    from assignment a join task t on t.id = a.task_id join notice n on n.id = t.notice_id
    cross join lateral (select 1 + a.id % 5 as n) u
    cross join lateral generate_series(1, u.n) k
    where n.summary like 'Bộ dữ liệu đo hiệu năng số %'
    order by a.id, k`],
  // The statement-level triggers were off during the load: the lead counters in one pass, by the function they call.
  ['task lead counters', 'select task_lead_counters_refresh(array(select id from task))'],
  // The same for the task documents (migration 0020) the reads serve.
  ['task documents', 'select refresh_task_documents(array(select id from task))']
]

if (import.meta.url === `file://${process.argv[1]}`) {
  const scale = Number(process.argv.find((arg) => arg.startsWith('--scale='))?.slice('--scale='.length) ?? 1)
  const db = await startBenchDb(console.log)
  try {
    const summary = await ensureDataset(db, scale, process.argv.includes('--force'))
    console.log(`${summary.database}: ${summary.reused ? 'reused' : 'generated'} in ${summary.seconds.toFixed(1)} s`, summary.counts)
  } finally {
    await db.server.stop()
  }
}
