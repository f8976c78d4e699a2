import { PreconditionFailed, PreconditionRequired } from './errors.js'

export function etagOf (version: number): string {
  return `"${version}"`
}

/**
 * The version the client last read, from If-Match. Missing → 428 so a client cannot overwrite
 * blindly; unparseable → 412 like any version that does not match.
 */
export function expectedVersion (ifMatch: string | undefined): number {
  if (ifMatch === undefined || ifMatch.trim() === '') throw new PreconditionRequired('If-Match with the ETag of the version you read is required')
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(ifMatch.trim())
  if (match === null) throw new PreconditionFailed(`If-Match ${ifMatch} does not name a version of this resource`)
  return Number(match[1])
}

export function staleVersion (expected: number, current: number): Error {
  return new PreconditionFailed(`The resource changed: you sent version ${expected}, it is now at version ${current}; read it again and retry`)
}
