import type { Db } from '../../db/database.js'
import type { AgencyRef } from '../agencies/schemas.js'
import { resolveName } from '../agencies/resolver.js'
import { registerNames, type RegisterName } from './repository.js'

export interface Found { type: 'agency' | 'group', ref: AgencyRef }
export interface Resolution { match: Found | null, reason?: string }

/** Same folding as the database's search_normalize: no accents, lower case, words only. */
export const normalize = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd')
  .toLowerCase().replace(/&/g, ' va ').replace(/[^a-z0-9]+/g, ' ').trim()
// The resolver's own prefix rule: "UBND tỉnh X", "Tỉnh X", "TP. X" and "X" name the same unit.
const ADMIN_PREFIX = /^((uy ban nhan dan|ubnd) )?((tinh|thanh pho|tp) )?/
const bareOf = (folded: string): string => folded.replace(ADMIN_PREFIX, '')

/** pg_trgm's trigrams of a folded text: each word padded with two spaces before and one after. */
function trigrams (folded: string): Set<string> {
  const grams = new Set<string>()
  for (const word of folded.split(' ')) {
    if (word === '') continue
    const padded = `  ${word} `
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3))
  }
  return grams
}

function similarity (a: Set<string>, b: Set<string>): number {
  let shared = 0
  for (const gram of a) if (b.has(gram)) shared++
  return shared === 0 ? 0 : shared / (a.size + b.size - shared)
}

// resolveName takes a fuzzy match only at 0.9 × similarity ≥ 0.75 (similarity 0.83): a name much further from every
// register name cannot match, so it is not worth a query over the whole register. The gap covers folding differences.
const NEAR = 0.7
/** Fuzzy look-ups one import may make (each is a query over the whole register, ~20 ms): a text cannot buy unbounded database work. */
const MAX_LOOKUPS = 50

type Candidates = Map<string, Found>
const addTo = (index: Map<string, Candidates>, key: string, found: Found): void => {
  const candidates = index.get(key) ?? new Map<string, Found>()
  candidates.set(`${found.type}:${found.ref.code}`, found)
  index.set(key, candidates)
}

/**
 * The agency register held for one import. A name written as the register writes it (or without its
 * administrative prefix) is decided here exactly as resolveName decides it: by the one agency or group that
 * bears it, none when several do. Only other names close to a register name ask resolveName, once each.
 */
export class Register {
  private readonly exact = new Map<string, Candidates>()
  private readonly bare = new Map<string, Candidates>()
  private readonly folded = new Map<string, string>()
  private grams: Array<Set<string>> | undefined
  private readonly cache = new Map<string, Resolution>()
  private lookups = 0
  /** Folded names (and their prefix-less forms) that documents use: where a name in the text ends. */
  readonly terms = new Set<string>()
  /** Every run of whole words a term starts with, so a reader stops at the first word no name continues with. */
  readonly starts = new Set<string>()

  private constructor (private readonly db: Db, rows: RegisterName[]) {
    for (const { type, code, nameVi, nameEn, aliases } of rows) {
      const found: Found = { type, ref: { code, nameVi } }
      for (const term of [nameVi, nameEn, ...aliases]) {
        const folded = normalize(term)
        addTo(this.exact, folded, found)
        if (bareOf(folded) !== '') addTo(this.bare, bareOf(folded), found)
      }
      // Documents are Vietnamese: English names match when resolved, but do not mark where a name ends.
      for (const folded of [nameVi, ...aliases].map(normalize)) {
        this.terms.add(folded)
        if (bareOf(folded) !== '') this.terms.add(bareOf(folded))
      }
    }
    for (const term of this.terms) {
      const words = term.split(' ')
      for (let n = 1; n <= words.length; n++) this.starts.add(words.slice(0, n).join(' '))
    }
  }

  /** normalize, remembered: a document repeats the same few hundred words. */
  fold (word: string): string {
    let folded = this.folded.get(word)
    if (folded === undefined) {
      folded = normalize(word)
      if (this.folded.size < 100_000) this.folded.set(word, folded)
    }
    return folded
  }

  static async load (db: Db): Promise<Register> {
    return new Register(db, await registerNames(db))
  }

  async resolve (phrase: string): Promise<Resolution> {
    const folded = normalize(phrase)
    const cached = this.cache.get(folded)
    if (cached !== undefined) return cached
    const resolution = await this.decide(phrase, folded)
    this.cache.set(folded, resolution)
    return resolution
  }

  private async decide (phrase: string, folded: string): Promise<Resolution> {
    const top = this.exact.get(folded) ?? (bareOf(folded) === '' ? undefined : this.bare.get(bareOf(folded)))
    if (top !== undefined) return { match: top.size === 1 ? [...top.values()][0] ?? null : null }
    const grams = trigrams(folded)
    // Built on the first name that needs it: most texts name only agencies the register spells as they do.
    this.grams ??= [...this.exact.keys()].map(trigrams)
    if (!this.grams.some((g) => similarity(grams, g) >= NEAR)) return { match: null }
    if (this.lookups >= MAX_LOOKUPS) return { match: null, reason: `more than ${MAX_LOOKUPS} names in this text are near but not equal to a register name; not looked up: assign it by code` }
    this.lookups++
    const { match } = await resolveName(this.db, phrase)
    return { match: match === null ? null : { type: match.type, ref: { code: match.code, nameVi: match.nameVi } } }
  }
}
