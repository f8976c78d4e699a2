import createError from '@fastify/error'

// Domain errors carry a stable code and an HTTP status; the error handler turns them into problem+json.
export const NotFound = createError('NQ57_NOT_FOUND', '%s %s not found', 404)
export const BadRequest = createError('NQ57_BAD_REQUEST', '%s', 400)
export const Conflict = createError('NQ57_CONFLICT', '%s', 409)
export const PreconditionFailed = createError('NQ57_STALE_VERSION', '%s', 412)
export const PreconditionRequired = createError('NQ57_IF_MATCH_REQUIRED', '%s', 428)
export const Unprocessable = createError('NQ57_UNPROCESSABLE', '%s', 422)
export const Unauthorized = createError('NQ57_UNAUTHENTICATED', '%s', 401)
export const Forbidden = createError('NQ57_FORBIDDEN', '%s', 403)
export const UriTooLong = createError('NQ57_URI_TOO_LONG', '%s', 414)
export const TooManyRequests = createError('NQ57_RATE_LIMITED', '%s', 429)
export const ContentTooLarge = createError('NQ57_CONTENT_TOO_LARGE', '%s', 413)
export const UnsupportedMediaType = createError('NQ57_UNSUPPORTED_MEDIA_TYPE', '%s', 415)
// A done date moves the agency's public ranking, so the agency that ranks cannot name any day it likes.
export const DoneOnOutOfRange = createError('NQ57_DONE_ON_OUT_OF_RANGE', '%s', 400)
export const TargetRefused = createError('NQ57_WEBHOOK_TARGET_REFUSED', 'url refused: %s', 400)
export const DatabaseUnavailable = createError('NQ57_DATABASE_UNAVAILABLE', '%s', 503)
export const ProfileIncomplete = createError('NQ57_PROFILE_INCOMPLETE', '%s', 422)
export const InvalidField = createError('NQ57_VALIDATION_FAILED', '%s', 400)

export interface FieldError { in: 'body' | 'query' | 'path' | 'header', field: string, row?: number, message: string }

/** An error that names the fields at fault; the error handler lists them in the problem's `errors`. */
export function namingFields<E extends Error> (error: E, fields: FieldError[]): E {
  return Object.assign(error, { fields })
}

export function fieldsOf (error: Error): FieldError[] | undefined {
  const fields = (error as { fields?: unknown }).fields
  return Array.isArray(fields) ? fields as FieldError[] : undefined
}
