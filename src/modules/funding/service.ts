import { sql } from 'kysely'
import type { Db, Trx } from '../../db/database.js'
import { writeTransaction } from '../../db/transaction.js'
import { Conflict, Forbidden, namingFields, NotFound, Unprocessable, type FieldError } from '../../shared/errors.js'
import { FUNDING_SYSTEMS, type Actor, type Principal } from '../../shared/principal.js'
import type { VersionCondition } from '../../shared/versioning.js'
import { applyPlan, lockStaged, plan, plannedChanges, ruleIssues, scopeIssues, stage, type RowIssue, type StagedLine } from './batch.js'
import { findLine, lockLine } from './repository.js'
import { FIGURES, type BatchResult, type FigureName, type FundingLine, type FundingLineCreate, type FundingLineUpdate } from './schemas.js'

// Who writes which figure (see the README): an agency its own registered need; the finance and
// science ministries' systems the budget figures; the Standing Office and admins everything.
const FIGURES_OF_ROLE: Record<string, readonly FigureName[]> = {
  reporter: ['registered'],
  integration: ['estimate', 'allocated', 'disbursed', 'carriedOver'],
  secretariat: FIGURES,
  admin: FIGURES
}
// Listed issues in one answer at most; the count of the rest is in the detail.
const MAX_LISTED = 1000
// The writes of a batch go in slices of rows, but its checks read the whole batch in one statement
// (about a second for 50,000 lines on the bench machine): more room than a request's 10 s. The
// client-side deadline (DB_QUERY_TIMEOUT_MS) still bounds any one statement.
const BATCH_STATEMENT_TIMEOUT = '60s'

/**
 * Whose ids a key's externalIds are, and who "sent" a line: an agency's system (`integration:BTC`)
 * and the agency's own reporters (`reporter:BTC`) are two senders; the Standing Office and admins one.
 */
export function senderOf (principal: Principal | null): string {
  if (principal?.agencyCode == null) return 'secretariat'
  return `${principal.role}:${principal.agencyCode}`
}

/** Fields a role may not send, found before touching the database. */
function permissionIssues (principal: Principal | null, line: StagedLine): RowIssue[] {
  const role = principal?.role ?? 'reader'
  // A key that claims to be another agency's system (made outside the API) writes nothing.
  const system = role !== 'integration' || FUNDING_SYSTEMS.includes(principal?.agencyCode ?? '')
  const allowed = system ? FIGURES_OF_ROLE[role] ?? [] : []
  const issues: RowIssue[] = []
  for (const figure of FIGURES) {
    if (line.sent.includes(figure) && !allowed.includes(figure)) {
      issues.push({ row: line.row, field: figure, message: `a ${role} key may not write ${figure}; it writes ${allowed.join(', ') || 'no figure'}` })
    }
  }
  if (line.sent.includes('overrideReason') && !allowed.includes('disbursed')) {
    issues.push({ row: line.row, field: 'overrideReason', message: `a ${role} key does not write disbursed, so it has nothing to override` })
  }
  return issues
}

function dateIssues (line: StagedLine, today: string): RowIssue[] {
  return line.asOf > today ? [{ row: line.row, field: 'asOf', message: `asOf ${line.asOf} is after today (${today}): a figure holds from a day that has come` }] : []
}

export type FieldNamer = (issue: RowIssue) => FieldError

function fail (kind: 'forbidden' | 'invalid', issues: RowIssue[], name: FieldNamer): never {
  const listed = issues.slice(0, MAX_LISTED)
  const more = issues.length > listed.length ? ` (the first ${MAX_LISTED} are listed)` : ''
  const detail = kind === 'forbidden'
    ? `${issues.length} field${issues.length === 1 ? '' : 's'} this key may not write${more}; nothing was written`
    : `${issues.length} problem${issues.length === 1 ? '' : 's'} in the lines sent${more}; nothing was written`
  throw namingFields(kind === 'forbidden' ? new Forbidden(detail) : new Unprocessable(detail), listed.map(name))
}

async function lockSender (trx: Trx, sender: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`funding:${sender}`}, 0))`.execute(trx)
}

interface Outcome extends Omit<BatchResult, 'dryRun' | 'received'> { lineIds: Map<number, number> }

/** Stages, checks and (unless a dry run) writes the lines, all or nothing; on the caller's transaction. */
async function runPlan (trx: Trx, actor: Actor, lines: StagedLine[], dryRun: boolean, today: string, name: FieldNamer, unreadable: RowIssue[] = []): Promise<Outcome> {
  const principal = actor.principal
  const forbidden = lines.flatMap((line) => permissionIssues(principal, line))
  if (forbidden.length > 0) fail('forbidden', forbidden, name)
  const sender = senderOf(principal)
  await sql.raw(`set local statement_timeout = '${BATCH_STATEMENT_TIMEOUT}'`).execute(trx)
  // One batch at a time per sender, so two retries of the same batch cannot both create a line.
  if (!dryRun) await lockSender(trx, sender)
  await stage(trx, lines, sender)
  if (!dryRun) await lockStaged(trx)
  await plan(trx)
  const outOfScope = await scopeIssues(trx, principal?.role ?? 'reader', principal?.agencyCode ?? null, sender)
  if (outOfScope.length > 0) fail('forbidden', outOfScope, name)
  const broken = [...unreadable, ...lines.flatMap((line) => dateIssues(line, today)), ...await ruleIssues(trx)].sort((a, b) => a.row - b.row || a.field.localeCompare(b.field))
  if (broken.length > 0) fail('invalid', broken, name)
  const { lines: changed, unchanged } = await plannedChanges(trx)
  const lineIds = dryRun ? new Map<number, number>() : await applyPlan(trx, sender)
  return {
    created: changed.filter((line) => line.operation === 'create').length,
    updated: changed.filter((line) => line.operation === 'update').length,
    unchanged,
    lines: changed.map((line) => ({ ...line, lineId: line.lineId ?? lineIds.get(line.row) ?? null })),
    lineIds
  }
}

/** A batch of lines keyed by the sender's ids: a dry run reports exactly what the write would change. */
export async function runBatch (db: Db, actor: Actor, lines: StagedLine[], dryRun: boolean, today: string, name: FieldNamer, unreadable: RowIssue[] = []): Promise<BatchResult> {
  // Cells that could not be read are reported with what the readable lines break, in one answer.
  const outcome = await writeTransaction(db, actor, async (trx) => await runPlan(trx, actor, lines, dryRun, today, name, unreadable))
  return { dryRun, received: lines.length, created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, lines: outcome.lines }
}

const bodyField: FieldNamer = (issue) => ({ in: 'body', field: `/${issue.field}`, message: issue.message })

function staged (input: FundingLineCreate | FundingLineUpdate, lineId: number | null, today: string): StagedLine {
  const { asOf, ...fields } = input
  return { ...fields, row: 1, lineId, externalId: 'externalId' in input ? input.externalId ?? null : null, sent: Object.keys(fields), asOf: asOf ?? today }
}

export async function createLine (db: Db, actor: Actor, input: FundingLineCreate, today: string): Promise<FundingLine> {
  const id = await writeTransaction(db, actor, async (trx) => {
    if (input.externalId !== undefined) {
      await lockSender(trx, senderOf(actor.principal))
      const { rows } = await sql<{ id: number }>`select id from funding_line where sender_code = ${senderOf(actor.principal)} and external_id = ${input.externalId}`.execute(trx)
      if (rows[0] !== undefined) throw new Conflict(`externalId ${input.externalId} is already line ${rows[0].id} of this sender: change it there (PATCH), or send it in a batch`)
    }
    const outcome = await runPlan(trx, actor, [{ ...staged(input, null, today), externalId: input.externalId ?? null }], false, today, bodyField)
    return outcome.lineIds.get(1)
  })
  return await lineOrThrow(db, id, today)
}

export async function editLine (db: Db, actor: Actor, id: number, condition: VersionCondition, input: FundingLineUpdate, today: string): Promise<FundingLine> {
  await writeTransaction(db, actor, async (trx) => {
    const current = await lockLine(trx, id)
    if (current === undefined) throw new NotFound('funding line', String(id))
    condition.check(current.version)
    await runPlan(trx, actor, [staged(input, id, today)], false, today, bodyField)
  })
  return await lineOrThrow(db, id, today)
}

async function lineOrThrow (db: Db, id: number | undefined, today: string): Promise<FundingLine> {
  const line = id === undefined ? undefined : await findLine(db, id, undefined, today)
  if (line === undefined) throw new NotFound('funding line', String(id))
  return line
}
