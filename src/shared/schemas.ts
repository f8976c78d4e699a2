import { Type, type Static, type TSchema } from 'typebox'
import { BadRequest } from './errors.js'

export const IsoDate = Type.String({ format: 'date', description: 'Calendar date, YYYY-MM-DD', examples: ['2026-04-30'] })
export const Timestamp = Type.String({ format: 'date-time', description: 'ISO 8601 timestamp in UTC' })
export const AgencyCode = Type.String({ pattern: '^[A-Z0-9][A-Z0-9_-]*$', maxLength: 40, description: 'Stable agency or group code', examples: ['BKHCN'] })
export const Id = Type.Integer({ minimum: 1, maximum: 2147483647 })

export const FieldError = Type.Object({
  in: Type.Enum(['body', 'query', 'path', 'header']),
  field: Type.String({ description: 'JSON pointer to the offending value, e.g. /limit' }),
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

export const Limit = Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Page size (at most 500)' })
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

/** The id after which an id-ordered page starts; a cursor this API did not issue is a 400. */
export function afterIdOf (cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined
  const [afterId] = decodeCursor(cursor) ?? []
  if (typeof afterId !== 'number') throw new BadRequest('cursor is not one this API issued')
  return afterId
}

/** Returns the decoded position, or undefined when the cursor was not made by encodeCursor. */
export function decodeCursor (cursor: string): unknown[] | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    return Array.isArray(value) ? value : undefined
  } catch {
    return undefined
  }
}
