import { Type, type Static, type TSchema } from 'typebox'
import { BadRequest } from './errors.js'
import { isCleanText } from './input-rules.js'

export const IsoDate = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD', examples: ['2026-04-30'] })
export const Timestamp = Type.String({ format: 'date-time', description: 'ISO 8601 timestamp in UTC' })
export const AgencyCode = Type.String({ pattern: '^[A-Z0-9][A-Z0-9_-]*$', maxLength: 40, description: 'Stable agency or group code', examples: ['BKHCN'] })
export const INT4_MAX = 2147483647
export const Id = Type.Integer({ minimum: 1, maximum: INT4_MAX })

export const FieldError = Type.Object({
  in: Type.Enum(['body', 'query', 'path', 'header']),
  field: Type.String({ description: 'JSON pointer to the offending value, e.g. /limit; in a CSV body, the column name' }),
  row: Type.Optional(Type.Integer({ minimum: 1, description: 'In a batch, the row at fault, counting from 1 (in CSV the header is not counted)' })),
  message: Type.String()
}, { additionalProperties: false })

export const Problem = Type.Object({
  type: Type.String({ description: 'URI identifying the problem type' }),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.Optional(Type.String()),
  instance: Type.Optional(Type.String()),
  code: Type.String({ description: 'Stable machine-readable error code' }),
  requestId: Type.String({ description: 'Also sent as the x-request-id header; quote it when reporting a problem' }),
  errors: Type.Optional(Type.Array(FieldError))
}, { $id: 'Problem', description: 'RFC 9457 problem details (application/problem+json)' })
export type ProblemBody = Static<typeof Problem>

export const ProblemRef = Type.Ref('Problem')

/** The error responses every route can produce, so each operation documents them. */
export function problems<Codes extends number> (...codes: Codes[]): Record<Codes, typeof ProblemRef> {
  return Object.fromEntries(codes.map((code) => [code, ProblemRef])) as Record<Codes, typeof ProblemRef>
}

/** Optional in the schema so a missing one is the handler's 428 (If-Match required), not a validation 400. */
export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ maxLength: 200, description: 'The ETag you read ("3"), a list of them, or * for any current version. Compared strongly: a weak W/"3" never matches.' }))
})

export const Limit = Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Page size (at most 500)' })
/** A search term `q`: `what` it searches, then the rules every search shares. */
export function SearchText (what: string) {
  return Type.String({
    minLength: 1,
    maxLength: 200,
    // ajv compiles patterns with the u flag, so \p{…} classes work.
    pattern: '[\\p{L}\\p{N}]',
    description: `${what}. Accent-, case- and punctuation-insensitive: only letters and digits count, so % _ \\ match nothing special; a q without any letter or digit is a 400, and one whose letters are all outside the Latin alphabet matches nothing.`
  })
}
export const Cursor = Type.String({ maxLength: 200, pattern: '^[A-Za-z0-9_-]+$', description: 'Opaque cursor from the previous page\'s nextCursor' })

export function Page<Item extends TSchema> (item: Item) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as `cursor` to get the next page; null on the last page' })
  })
}

export function encodeCursor (position: unknown[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url')
}

const MAX_CURSOR_SLOTS = 4
const MAX_CURSOR_TEXT = 200

type Slot = 'id' | 'number' | 'text'
type SlotValue<S extends Slot> = S extends 'text' ? string : number

const notIssued = (): Error => new BadRequest('cursor is not one this API issued')

function fits (slot: Slot, value: unknown, maxId: number): boolean {
  if (slot === 'text') return typeof value === 'string'
  if (typeof value !== 'number') return false
  return slot === 'number' || (Number.isInteger(value) && value >= 1 && value <= maxId)
}

/**
 * A cursor decoded to the shape its route issued: ids are whole numbers from 1 to maxId (the
 * column's range), numbers are finite, texts are short and clean. Anything else is a 400.
 */
export function readCursor<const Shape extends readonly Slot[]> (cursor: string, shape: Shape, maxId = INT4_MAX): { -readonly [K in keyof Shape]: SlotValue<Shape[K]> } {
  const position = decodeCursor(cursor)
  if (position?.length !== shape.length || !shape.every((slot, index) => fits(slot, position[index], maxId))) throw notIssued()
  return position as { -readonly [K in keyof Shape]: SlotValue<Shape[K]> }
}

/** The id after which an id-ordered page starts; a cursor this API did not issue is a 400. */
export function afterIdOf (cursor: string | undefined, maxId = INT4_MAX): number | undefined {
  return cursor === undefined ? undefined : readCursor(cursor, ['id'], maxId)[0]
}

/**
 * Returns the decoded position, or undefined when the cursor was not made by encodeCursor: a
 * short flat array of finite numbers and short clean texts (JSON reads 1e309 as Infinity).
 */
export function decodeCursor (cursor: string): unknown[] | undefined {
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_CURSOR_SLOTS) return undefined
  const sound = value.every((item: unknown) => typeof item === 'number'
    ? Number.isFinite(item)
    : typeof item === 'string' && item.length <= MAX_CURSOR_TEXT && isCleanText(item))
  return sound ? value : undefined
}

/** The path parameters of an item route: `/things/:id`. */
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false })

/**
 * One page of a keyset-paged list: `rows` were read with `limit + 1`, so a row beyond the limit
 * means there is a next page, and its cursor is the position of the last row kept.
 */
export function pageOf<Row> (rows: Row[], limit: number, position: (last: Row) => unknown[]): { items: Row[], nextCursor: string | null } {
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(position(last)) : null }
}

/** A partial update without the fields the client left out, so they are not written as null. */
export function definedOnly<T extends object> (record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>
}
