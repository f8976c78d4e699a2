import { Readable } from 'node:stream'
import { parse, CsvError } from 'csv-parse'
import { Compile } from 'typebox/compile'
import type { Db } from '../../db/database.js'
import { BadRequest, ContentTooLarge } from '../../shared/errors.js'
import { csvLine } from '../../shared/csv.js'
import type { RowIssue } from './batch.js'
import { listLines } from './repository.js'
import { FIGURES, FundingBatchLine, MAX_BATCH_LINES, type FundingFilter } from './schemas.js'

const COLUMNS = Object.keys(FundingBatchLine.properties)
const INTEGER_COLUMNS = new Set(['fiscalYear', 'taskId', 'assignmentId', 'technologyId', 'productId'])
const checkLine = Compile(FundingBatchLine)
// The text is handed to the parser in slices of this size, each in its own turn of the event loop.
const SLICE = 256 * 1024

function * slices (text: string): Generator<string> {
  for (let start = 0; start < text.length; start += SLICE) yield text.slice(start, start + SLICE)
}

function header (columns: string[]): string[] {
  const unknown = columns.filter((column) => !COLUMNS.includes(column))
  if (unknown.length > 0) throw new BadRequest(`unknown CSV column ${unknown.join(', ')}; the columns are ${COLUMNS.join(', ')}`)
  if (!columns.includes('externalId')) throw new BadRequest('the CSV header must name an externalId column')
  if (new Set(columns).size !== columns.length) throw new BadRequest('a CSV column is named twice')
  return columns
}

/** A record's cells as the JSON line they stand for: an empty cell is a field not sent. */
function lineOf (record: Record<string, string>): Record<string, unknown> {
  const line: Record<string, unknown> = {}
  for (const [column, text] of Object.entries(record)) {
    if (text === '') continue
    line[column] = INTEGER_COLUMNS.has(column) && /^[0-9]{1,10}$/.test(text) ? Number(text) : text
  }
  return line
}

function issuesOf (row: number, line: Record<string, unknown>): RowIssue[] {
  return [...checkLine.Errors(line)].map((error) => {
    const missing = (error.params as { requiredProperties?: string[] }).requiredProperties?.[0]
    const field = error.instancePath.replace(/^\//, '') || missing || 'externalId'
    return { row, field, message: `${field} ${error.message ?? 'is not valid'}` }
  })
}

/**
 * Reads a CSV batch (header row of FundingBatchLine's names, UTF-8, a BOM allowed) into lines,
 * with the cells that are not valid named by row and column. Parsed in slices, so a large body
 * never holds the event loop for long.
 */
export async function readCsvBatch (text: string): Promise<{ lines: Array<Record<string, unknown> & { row: number }>, issues: RowIssue[] }> {
  const lines: Array<Record<string, unknown> & { row: number }> = []
  const issues: RowIssue[] = []
  let count = 0
  const parser = Readable.from(slices(text)).pipe(parse({ bom: true, columns: header, skip_empty_lines: true, relax_column_count: false }))
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      const row = ++count
      if (row > MAX_BATCH_LINES) throw new ContentTooLarge(`a batch holds at most ${MAX_BATCH_LINES.toLocaleString('en')} lines: split it`)
      const line = lineOf(record)
      if (checkLine.Check(line)) lines.push({ ...line, row })
      else issues.push(...issuesOf(row, line))
    }
  } catch (error) {
    if (error instanceof CsvError) throw new BadRequest(`CSV${error.lines === undefined ? '' : ` line ${error.lines}`}: ${error.message}`)
    throw error
  }
  if (count === 0) throw new BadRequest('the CSV has no lines under its header')
  return { lines, issues }
}

export const EXPORT_COLUMNS = ['id', 'externalId', 'senderCode', 'fiscalYear', 'agencyCode', 'source', 'field', 'title', 'taskId', 'assignmentId', 'noticeId',
  'technologyId', 'productId', 'programme', ...FIGURES, 'unallocated', 'overrideReason', 'asOf'] as const
const BATCH = 2000

/** The filtered lines as CSV, figures as of the filter's date, read in keyset batches (memory stays flat). */
export async function * linesCsv (db: Db, filter: FundingFilter, today: string): AsyncGenerator<string> {
  yield `\uFEFF${csvLine([...EXPORT_COLUMNS])}`
  let after = 0
  for (;;) {
    const lines = (await listLines(db, filter, after, BATCH, today)).slice(0, BATCH)
    const last = lines.at(-1)
    if (last === undefined) return
    yield lines.map((l) => csvLine([l.id, l.externalId, l.senderCode, l.fiscalYear, l.agencyCode, l.source, l.field, l.title, l.taskId, l.assignmentId, l.noticeId,
      l.technologyId, l.productId, l.programme, ...FIGURES.map((name) => l.figures[name].amount), l.unallocated, l.overrideReason, l.asOf])).join('')
    after = last.id
  }
}
