import { setImmediate as nextTurn } from 'node:timers/promises'
import { sql } from 'kysely'
import pg from 'pg'
import type { Trx } from '../../db/database.js'
import { FIGURE_COLUMNS, FIGURES, type FigureName } from './schemas.js'

/**
 * One line to write, as the engine takes it: `sent` names the fields the sender gave (a field
 * not sent is left as it is; a link sent as null is cleared). A line is matched by lineId, or
 * by externalId in the sender's namespace.
 */
export interface StagedLine {
  row: number
  lineId: number | null
  externalId: string | null
  sent: string[]
  fiscalYear?: number | null
  agencyCode?: string | null
  source?: string | null
  field?: string | null
  title?: string | null
  taskId?: number | null
  assignmentId?: number | null
  technologyId?: number | null
  productId?: number | null
  programme?: string | null
  registered?: string
  estimate?: string
  allocated?: string
  disbursed?: string
  carriedOver?: string
  asOf: string
  overrideReason?: string | null
}

export interface RowIssue { row: number, field: string, message: string }
export interface PlannedChange { field: string, from: string | number | null, to: string | number | null, asOf?: string }
export interface PlannedLine { row: number, externalId: string | null, lineId: number | null, operation: 'create' | 'update', changes: PlannedChange[] }

// Rows go to PostgreSQL in statements of this many, so no single message or parse is large.
const CHUNK = 5000
const DESCRIPTIVE = ['fiscalYear', 'agencyCode', 'source', 'field', 'title', 'taskId', 'assignmentId', 'technologyId', 'productId', 'programme'] as const
const COLUMN_OF: Record<typeof DESCRIPTIVE[number], string> = {
  fiscalYear: 'fiscal_year', agencyCode: 'agency_code', source: 'source', field: 'field', title: 'title', taskId: 'task_id', assignmentId: 'assignment_id',
  technologyId: 'technology_id', productId: 'product_id', programme: 'programme'
}

const sent = (name: string): string => `'${name}' = any(b.sent)`
const kept = (name: typeof DESCRIPTIVE[number]): string => `case when ${sent(name)} then b.${COLUMN_OF[name]} else l.${COLUMN_OF[name]} end`

/** The staged lines, in a temporary table dropped at commit; lines of the sender are matched by externalId. */
export async function stage (trx: Trx, lines: StagedLine[], senderCode: string): Promise<void> {
  await sql`create temporary table funding_batch (
    row integer primary key, line_id integer, external_id text, sent text[] not null,
    fiscal_year integer, agency_code text, source text, field text, title text,
    task_id integer, assignment_id integer, technology_id integer, product_id integer, programme text,
    registered bigint, estimate bigint, allocated bigint, disbursed bigint, carried_over bigint,
    as_of date not null, override_reason text) on commit drop`.execute(trx)
  for (let start = 0; start < lines.length; start += CHUNK) {
    const chunk = lines.slice(start, start + CHUNK).map((line) => ({
      ...line, line_id: line.lineId, external_id: line.externalId, fiscal_year: line.fiscalYear, agency_code: line.agencyCode, task_id: line.taskId,
      assignment_id: line.assignmentId, technology_id: line.technologyId, product_id: line.productId, carried_over: line.carriedOver, as_of: line.asOf, override_reason: line.overrideReason
    }))
    await sql`insert into funding_batch select * from jsonb_populate_recordset(null::funding_batch, ${JSON.stringify(chunk)}::jsonb)`.execute(trx)
    await nextTurn()
  }
  await sql`update funding_batch b set line_id = l.id from funding_line l
    where b.line_id is null and b.external_id is not null and l.sender_code = ${senderCode} and l.external_id = b.external_id`.execute(trx)
  await sql`analyze funding_batch`.execute(trx)
}

/** Locks the existing lines the batch touches, in id order so two writers cannot deadlock. */
export async function lockStaged (trx: Trx): Promise<void> {
  await sql`select l.id from funding_line l join funding_batch b on b.line_id = l.id order by l.id for update of l`.execute(trx)
}

function figureColumns (name: FigureName): string {
  const c = FIGURE_COLUMNS[name]
  // The value on the row's date: the line's current one when the row is as recent, else from history.
  return `b.${c} as ${c}_sent,
    case when l.id is null or l.${c}_as_of is null then null when b.as_of >= l.${c}_as_of then l.${c}
      else (select f.amount from funding_figure f where f.line_id = l.id and f.figure = '${c}' and f.as_of <= b.as_of order by f.as_of desc, f.id desc limit 1) end as ${c}_before,
    l.${c} as ${c}_old, l.${c}_as_of as ${c}_old_as_of`
}

/**
 * What each staged line would be after the write (every field, link and current figure), beside
 * what it is: the one place the rules read from, so the dry run and the write agree.
 */
export async function plan (trx: Trx): Promise<void> {
  const figures = FIGURES.map((name) => FIGURE_COLUMNS[name])
  // One statement, each level reading the one below: the values before and sent, then what changes
  // and the figures after (a figure dated before its latest value is history only), then the reason in force.
  await sql.raw(`create temporary table funding_plan on commit drop as
    select d.*, not d.existing or ${figures.map((c) => `d.${c}_changes`).join(' or ')} or d.reason is distinct from d.old_reason
      or ${DESCRIPTIVE.map((name) => `d.${COLUMN_OF[name]} is distinct from d.old_${COLUMN_OF[name]}`).join(' or ')} as line_changed
    from (
    select c.*,
      case when c.disbursed > c.allocated then coalesce(c.override_reason,
        case when c.disbursed is not distinct from c.disbursed_old and c.allocated is not distinct from c.allocated_old then c.old_reason end) end as reason
    from (
      select v.*,
        ${figures.map((c) => `case when v.${c}_changes and (v.${c}_old_as_of is null or v.as_of >= v.${c}_old_as_of) then v.${c}_sent else coalesce(v.${c}_old, 0) end as ${c},
          case when v.${c}_changes and (v.${c}_old_as_of is null or v.as_of >= v.${c}_old_as_of) then v.as_of else v.${c}_old_as_of end as ${c}_as_of`).join(',\n')}
      from (
        select w.*, ${figures.map((c) => `w.${c}_sent is not null and w.${c}_sent is distinct from w.${c}_before as ${c}_changes`).join(', ')}
        from (
          select b.row, b.line_id, b.external_id, b.as_of, b.override_reason, b.sent, l.id is not null as existing,
            l.sender_code as old_sender, l.agency_code as old_agency, l.version as old_version, l.over_allocation_reason as old_reason,
            ${DESCRIPTIVE.map((name) => `l.${COLUMN_OF[name]} as old_${COLUMN_OF[name]}`).join(', ')},
            ${(['fiscalYear', 'agencyCode', 'source', 'field', 'title', 'programme'] as const).map((name) => `${kept(name)} as ${COLUMN_OF[name]}`).join(', ')},
            case when ${sent('assignmentId')} then b.assignment_id when ${sent('taskId')} and b.task_id is distinct from l.task_id then null else l.assignment_id end as assignment_id,
            case when ${sent('taskId')} then b.task_id when ${sent('assignmentId')} and b.assignment_id is not null then (select a.task_id from assignment a where a.id = b.assignment_id) else l.task_id end as task_id,
            case when ${sent('productId')} then b.product_id when ${sent('technologyId')} and b.technology_id is distinct from l.technology_id then null else l.product_id end as product_id,
            case when ${sent('technologyId')} then b.technology_id when ${sent('productId')} and b.product_id is not null then (select p.technology_id from catalogue_product p where p.id = b.product_id) else l.technology_id end as technology_id,
            ${FIGURES.map(figureColumns).join(',\n')}
          from funding_batch b left join funding_line l on l.id = b.line_id
        ) w
      ) v
    ) c
    ) d`).execute(trx)
  await sql`create index on funding_plan (row)`.execute(trx)
  // Temporary tables are never analysed by autovacuum: without statistics the checks below plan badly.
  // A small sample is enough for row counts and distinct values, and costs a fraction of the default.
  await sql`set local default_statistics_target = 10`.execute(trx)
  await sql`analyze funding_plan`.execute(trx)
  await sql`reset default_statistics_target`.execute(trx)
}

/** Lines a scoped key may not touch: a reporter's other agencies, an integration's descriptions of lines it did not send. */
export async function scopeIssues (trx: Trx, role: string, agencyCode: string | null, sender: string): Promise<RowIssue[]> {
  if (role === 'reporter') {
    const { rows } = await sql<RowIssue>`
      select row, 'agencyCode' as field, 'this key registers for ' || ${agencyCode} || ' only, not for ' || agency_code as message from funding_plan where agency_code <> ${agencyCode}
      union all
      select row, 'agencyCode', 'line ' || line_id || ' is ' || old_agency || '''s, not ' || ${agencyCode} || '''s' from funding_plan
        where existing and old_agency <> ${agencyCode} and agency_code = ${agencyCode}
      order by 1, 2`.execute(trx)
    return rows
  }
  if (role === 'integration') {
    const { rows } = await sql<RowIssue>`${sql.raw(DESCRIPTIVE.map((name) => `
      select row, '${name}' as field, 'line ' || line_id || ' was sent by ' || old_sender || ': an integration key describes only the lines it sent, and writes the figures (estimate, allocated, disbursed, carriedOver) of any' as message
      from funding_plan where existing and old_sender <> ${pg.escapeLiteral(sender)} and ${COLUMN_OF[name]} is distinct from old_${COLUMN_OF[name]}`).join('\n      union all'))}
      order by 1, 2`.execute(trx)
    return rows
  }
  return []
}

/** Every rule a planned line breaks, by row and field. */
export async function ruleIssues (trx: Trx): Promise<RowIssue[]> {
  const required = (name: typeof DESCRIPTIVE[number]): string => `select row, '${name}', '${name} is required for a new line' from funding_plan where not existing and ${COLUMN_OF[name]} is null`
  const { rows } = await sql<RowIssue>`
    select row, field, message from (
      ${sql.raw((['fiscalYear', 'agencyCode', 'source', 'field', 'title'] as const).map(required).join('\nunion all '))}
      union all
      select p.row, 'externalId', 'externalId ' || p.external_id || ' is also row ' || min(o.row) from funding_plan p join funding_plan o on o.external_id = p.external_id and o.row < p.row group by p.row, p.external_id
      union all
      select row, 'agencyCode', 'unknown agency code ' || agency_code from funding_plan p where agency_code is not null and not exists (select 1 from agency a where a.code = p.agency_code)
      union all
      select row, 'taskId', 'no task ' || task_id from funding_plan p where task_id is not null and not exists (select 1 from task t where t.id = p.task_id)
      union all
      select row, 'assignmentId', 'no assignment ' || assignment_id from funding_plan p where assignment_id is not null and not exists (select 1 from assignment a where a.id = p.assignment_id)
      union all
      select p.row, 'assignmentId', 'assignment ' || a.id || ' is ' || a.agency_code || '''s, not ' || p.agency_code || '''s' from funding_plan p join assignment a on a.id = p.assignment_id where a.agency_code <> p.agency_code
      union all
      select p.row, 'assignmentId', 'assignment ' || a.id || ' is of task ' || a.task_id || ', not of ' || coalesce('task ' || p.task_id, 'no task') from funding_plan p join assignment a on a.id = p.assignment_id where a.task_id is distinct from p.task_id
      union all
      select p.row, 'assignmentId', 'assignment ' || a.id || ' is cancelled' from funding_plan p join assignment a on a.id = p.assignment_id where a.state = 'cancelled' and p.assignment_id is distinct from p.old_assignment_id
      union all
      select p.row, 'taskId', p.agency_code || ' has no assignment on task ' || p.task_id from funding_plan p
        where p.task_id is not null and p.assignment_id is null and exists (select 1 from task t where t.id = p.task_id)
          and not exists (select 1 from assignment a where a.task_id = p.task_id and a.agency_code = p.agency_code and a.state <> 'cancelled')
      union all
      select row, 'technologyId', 'no technology ' || technology_id from funding_plan p where technology_id is not null and not exists (select 1 from catalogue_technology t where t.id = p.technology_id)
      union all
      select row, 'productId', 'no product ' || product_id from funding_plan p where product_id is not null and not exists (select 1 from catalogue_product c where c.id = p.product_id)
      union all
      select p.row, 'productId', 'product ' || c.id || ' is of technology ' || c.technology_id || ', not ' || p.technology_id from funding_plan p join catalogue_product c on c.id = p.product_id
        where c.technology_id is not null and c.technology_id is distinct from p.technology_id
      union all
      select row, 'disbursed', 'disbursed ' || disbursed || ' would exceed allocated ' || allocated || ': send overrideReason to record why' from funding_plan where disbursed > allocated and reason is null
      union all
      -- On the day the row's figures are dated too: a back-dated disbursement must fit that day's allocation.
      select row, 'disbursed', 'on ' || as_of || ' disbursed ' || coalesce(disbursed_sent, disbursed_before, 0) || ' would exceed allocated ' || coalesce(allocated_sent, allocated_before, 0) || ': send overrideReason to record why'
      from funding_plan where (disbursed_changes or allocated_changes) and override_reason is null
        and coalesce(disbursed_sent, disbursed_before, 0) > coalesce(allocated_sent, allocated_before, 0)
        and not (disbursed > allocated and reason is null)
    ) issues(row, field, message) order by row, field`.execute(trx)
  return rows
}

interface PlanRow { row: number, externalId: string | null, lineId: number | null, existing: boolean, changes: PlannedChange[] | null }

/** The lines that change, each with what changes; creates are listed without detail (the line is as sent). */
export async function plannedChanges (trx: Trx): Promise<{ lines: PlannedLine[], unchanged: number }> {
  const descriptive = DESCRIPTIVE.map((name) => `case when ${COLUMN_OF[name]} is distinct from old_${COLUMN_OF[name]}
    then jsonb_build_object('field', '${name}', 'from', old_${COLUMN_OF[name]}, 'to', ${COLUMN_OF[name]}) end`)
  const figures = FIGURES.map((name) => {
    const c = FIGURE_COLUMNS[name]
    return `case when ${c}_changes then jsonb_build_object('field', '${name}', 'from', ${c}_before::text, 'to', ${c}_sent::text, 'asOf', as_of) end`
  })
  const { rows } = await sql<PlanRow>`
    select row, external_id, line_id, existing,
      case when existing then to_jsonb(array_remove(array[${sql.raw([...descriptive, ...figures,
        "case when reason is distinct from old_reason then jsonb_build_object('field', 'overrideReason', 'from', old_reason, 'to', reason) end"].join(', '))}], null)) end as changes
    from funding_plan where line_changed order by row`.execute(trx)
  const { rows: [counted] } = await sql<{ unchanged: number }>`select count(*)::integer as unchanged from funding_plan where not line_changed`.execute(trx)
  return {
    lines: rows.map((r) => ({ row: r.row, externalId: r.externalId, lineId: r.lineId, operation: r.existing ? 'update' : 'create', changes: r.changes ?? [] })),
    unchanged: counted?.unchanged ?? 0
  }
}

/**
 * Writes the plan: new lines, changed lines (one version each), and one history entry per figure
 * that gained a value; in slices of rows, so each statement (and its triggers) stays well inside
 * the service's statement and query deadlines however large the batch.
 */
export async function applyPlan (trx: Trx, senderCode: string): Promise<Map<number, number>> {
  const figures = FIGURES.map((name) => FIGURE_COLUMNS[name])
  const written = sql.raw([...Object.values(COLUMN_OF), ...figures.flatMap((c) => [c, `${c}_as_of`])].join(', '))
  const updated = sql.raw([...Object.values(COLUMN_OF), ...figures.flatMap((c) => [c, `${c}_as_of`])].map((c) => `${c} = p.${c}`).join(', '))
  const values = sql.raw(figures.map((c, position) => `(${position}, '${c}', p.${c}_sent, p.${c}_changes)`).join(', '))
  await sql`update funding_plan p set line_id = n.id from (
      select row, nextval(pg_get_serial_sequence('funding_line', 'id'))::integer as id from (select row from funding_plan where not existing order by row) o
    ) n where p.row = n.row`.execute(trx)
  const { rows: [range] } = await sql<{ last: number | null }>`select max(row) as last from funding_plan`.execute(trx)
  for (let from = 0; from < (range?.last ?? 0); from += CHUNK) {
    const slice = sql`p.row > ${from} and p.row <= ${from + CHUNK}`
    await sql`insert into funding_line (id, sender_code, external_id, ${written}, over_allocation_reason)
      select line_id, ${senderCode}, external_id, ${written}, reason from funding_plan p where not existing and ${slice} order by row`.execute(trx)
    await sql`update funding_line l set ${updated}, over_allocation_reason = p.reason, version = l.version + 1, updated_at = now()
      from funding_plan p where p.existing and p.line_changed and l.id = p.line_id and ${slice}`.execute(trx)
    await sql`insert into funding_figure (line_id, figure, amount, as_of, override_reason)
      select p.line_id, f.figure, f.amount, p.as_of, p.override_reason from funding_plan p
      cross join lateral (values ${values}) f(position, figure, amount, changes)
      where f.changes and ${slice} order by p.row, f.position`.execute(trx)
  }
  const { rows } = await sql<{ row: number, lineId: number }>`select row, line_id from funding_plan`.execute(trx)
  return new Map(rows.map((r) => [r.row, r.lineId]))
}
