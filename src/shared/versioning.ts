import { PreconditionFailed, PreconditionRequired } from './errors.js'

export function etagOf (version: number): string {
  return `"${version}"`
}

export interface EntityTag { weak: boolean, opaque: string }

// One element of an entity-tag list (RFC 9110 §8.8.3, §5.6.1): empty elements are allowed, and a tag may hold a comma.
const ELEMENT = /[ \t,]*(W\/)?"([\x21\x23-\x7e\x80-\xff]*)"[ \t]*(?=,|$)/y

/** The tags of an If-Match or If-None-Match value, '*', or undefined when it is not a list of entity-tags. */
export function entityTags (value: string): '*' | EntityTag[] | undefined {
  if (value.trim() === '*') return '*'
  const element = new RegExp(ELEMENT) // a sticky regex keeps its position: one per call
  const tags: EntityTag[] = []
  let end = 0
  for (let match = element.exec(value); match !== null; match = element.exec(value)) {
    tags.push({ weak: match[1] !== undefined, opaque: match[2] ?? '' })
    end = element.lastIndex
  }
  return tags.length > 0 && /^[ \t,]*$/.test(value.slice(end)) ? tags : undefined
}

/** If-None-Match names `etag` (weak comparison, RFC 9110 §13.1.2), or is *. */
export function noneMatchHits (ifNoneMatch: string, etag: string): boolean {
  const tags = entityTags(ifNoneMatch)
  const current = entityTags(etag)
  if (tags === undefined || current === undefined || current === '*' || current.length !== 1) return false
  return tags === '*' || tags.some((tag) => tag.opaque === current[0]?.opaque)
}

/** What If-Match accepts: `*` (whatever version is current) or the versions its strong tags name. */
export class VersionCondition {
  constructor (readonly sent: string, private readonly tags: '*' | EntityTag[]) {}

  get weakOnly (): boolean {
    return this.tags !== '*' && this.tags.every((tag) => tag.weak)
  }

  /**
   * The current version when If-Match accepts it (strong comparison, RFC 9110 §13.1.1: a weak tag never
   * matches), for the write to guard on; 412 otherwise.
   */
  check (current: number): number {
    const accepted = this.tags === '*' || this.tags.some((tag) => !tag.weak && tag.opaque === String(current))
    if (!accepted) throw staleVersion(this, current)
    return current
  }
}

/**
 * The versions the client accepts, from If-Match. Missing → 428 so a client cannot overwrite
 * blindly; not a list of entity-tags → 412 like any that does not match.
 */
export function versionCondition (ifMatch: string | undefined): VersionCondition {
  if (ifMatch === undefined || ifMatch.trim() === '') throw new PreconditionRequired('If-Match with the ETag of the version you read is required')
  const tags = entityTags(ifMatch)
  if (tags === undefined) throw new PreconditionFailed(`If-Match ${ifMatch} is not a list of ETags such as "3"`)
  return new VersionCondition(ifMatch, tags)
}

/** 412 naming what was sent and the version now current; without one, the resource changed while this request ran. */
export function staleVersion (condition: VersionCondition, current?: number): Error {
  if (current === undefined) return new PreconditionFailed(`The resource changed while your change was being made (If-Match ${condition.sent}); read it again and retry`)
  if (condition.weakOnly) return new PreconditionFailed(`If-Match ${condition.sent} names only weak ETags, and If-Match compares strongly so a weak one never matches: send the ETag as read, without W/`)
  return new PreconditionFailed(`The resource changed: If-Match ${condition.sent} does not name its current version ${etagOf(current)}; read it again and retry`)
}
