import { sql } from 'kysely'
import type { Db } from '../../db/database.js'
import { resolveName } from '../agencies/resolver.js'

export interface AgencyRef { code: string, nameVi: string }
export interface Parties {
  leadAgencies: AgencyRef[]
  coordinatingAgencies: AgencyRef[]
  leadGroups: AgencyRef[]
  coordinatingGroups: AgencyRef[]
  directingAgencies: AgencyRef[]
  /** "Chỉ đạo Y …" without a subject: the parent's lead directs Y. */
  directedByParent: boolean
}
export interface Unresolved { phrase: string, message: string }

interface Found { type: 'agency' | 'group', ref: AgencyRef }

/** Same folding as the database's search_normalize: no accents, lower case, words only. */
export const normalize = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd')
  .toLowerCase().replace(/&/g, ' va ').replace(/[^a-z0-9]+/g, ' ').trim()
const ADMIN_PREFIX = /^((uy ban nhan dan|ubnd) )?((tinh|thanh pho|tp) )?/

// Collective phrases that name nobody in particular: skipped without a warning.
const GENERIC = /^(?:các|những)\s+(?:cơ\s+quan|đơn\s+vị|viện|trường|tổ\s+chức|đoàn\s+thể|bộ|ngành|bên|doanh\s+nghiệp|tập\s+đoàn)(?:[\s,]+(?:cơ\s+quan|đơn\s+vị|viện|trường|tổ\s+chức|đoàn\s+thể|bộ|ngành|có|liên\s+quan|trung\s+ương))*/iu
// A capitalised body name the register does not know ("Bộ Kinh tế Vũ trụ"): reported, never guessed.
const NAME_LIKE = /^(?:Bộ|Ban|Văn\s+phòng|Ủy\s+ban|UBND|Sở|Đảng\s+ủy|Hội\s+đồng|Tổng\s+cục|Cục|Tổ|Cơ\s+quan)\s+\p{Lu}[^,;:.()]*?(?=\s+(?:chủ\s+trì|phối\s+hợp|theo|và\s+các|có\s+trách|tiếp\s+tục|chỉ\s+đạo)(?!\p{L})|[,;:.()]|$)/u
const SEPARATOR = /^\s*(?:,|;|và(?=\s)|cùng(?=\s))\s*/u
const RELATED = /^\s*(?:có\s+)?liên\s+quan/iu

/** Extracts and resolves the agencies named in a node's text. Resolution goes through resolveName; the term list only finds where names end. */
export class AgencyReader {
  private readonly cache = new Map<string, Found | null>()
  private constructor (private readonly db: Db, private readonly terms: Set<string>, private readonly maxWords: number) {}

  static async load (db: Db): Promise<AgencyReader> {
    const { rows } = await sql<{ term: string }>`
      select term from agency, unnest(array[name_vi] || aliases) as term
      union select term from agency_group, unnest(array[name_vi] || aliases) as term`.execute(db)
    const terms = new Set<string>()
    for (const { term } of rows) {
      const folded = normalize(term)
      terms.add(folded)
      const bare = folded.replace(ADMIN_PREFIX, '')
      if (bare !== '' && bare !== folded) terms.add(bare)
    }
    return new AgencyReader(db, terms, Math.max(...[...terms].map((t) => t.split(' ').length)))
  }

  private async resolve (phrase: string): Promise<Found | null> {
    const key = normalize(phrase)
    if (!this.cache.has(key)) {
      const { match } = await resolveName(this.db, phrase)
      this.cache.set(key, match === null ? null : { type: match.type, ref: { code: match.code, nameVi: match.nameVi } })
    }
    return this.cache.get(key) ?? null
  }

  /** Length of the longest register name at the start of `text` (not across . ; : or brackets), or 0. */
  private longestName (text: string, prefix = ''): number {
    const words = [...text.matchAll(/[\p{L}\p{N}&]+/gu)].slice(0, this.maxWords)
    for (let n = words.length; n > 0; n--) {
      const last = words[n - 1]
      if (last === undefined) continue
      const end = last.index + last[0].length
      if (/[.;:()]/.test(text.slice(0, end))) continue
      if (this.terms.has(normalize(prefix + text.slice(0, end)))) return end
    }
    return 0
  }

  private async bracketList (text: string, unresolved: Unresolved[]): Promise<{ found: Found[], end: number } | null> {
    const open = /^\s*\(/.exec(text)
    const close = text.indexOf(')')
    if (open === null || close < 0) return null
    const inner = await this.readList(text.slice(open[0].length, close).replace(/;/g, ','), unresolved)
    return inner.found.length > 0 ? { found: inner.found, end: close + 1 } : null
  }

  /** Reads a list of agencies at the start of `text`: "X, Y và Z", "các Bộ: A, B", "3 địa phương (A, B, C)". */
  async readList (text: string, unresolved: Unresolved[]): Promise<{ found: Found[], end: number }> {
    const found: Found[] = []
    let at = 0
    let prefix = ''
    for (let guard = 0; guard < 30; guard++) {
      const rest = text.slice(at)
      const listForm = /^các\s+Bộ\s*:\s*/iu.exec(rest)
      if (listForm !== null) { prefix = 'Bộ '; at += listForm[0].length; continue }
      const bracket = /^(?:\d+\s+địa\s+phương|các\s+[^,;:()]{1,40}?)\s*\(/iu.exec(rest)
      if (bracket !== null && this.longestName(rest) === 0) {
        const close = rest.indexOf(')', bracket[0].length)
        const inner = close < 0 ? null : await this.readList(rest.slice(bracket[0].length, close).replace(/;/g, ','), unresolved)
        if (inner !== null && inner.found.length > 0) { found.push(...inner.found); at += close + 1 } else break
      } else {
        const withPrefix = prefix === '' ? 0 : this.longestName(rest, prefix)
        const length = withPrefix > 0 ? withPrefix : this.longestName(rest)
        if (length > 0) {
          const phrase = (withPrefix > 0 ? prefix : '') + rest.slice(0, length)
          at += length
          if (RELATED.test(text.slice(at))) { at += RELATED.exec(text.slice(at))?.[0].length ?? 0 } else {
            const match = await this.resolve(phrase)
            // "Các Đảng ủy ở Trung ương (Đảng ủy Chính phủ; …)": the members the text lists, not the whole group.
            const members = match?.type === 'group' ? await this.bracketList(text.slice(at), unresolved) : null
            if (members !== null) { found.push(...members.found); at += members.end } else if (match === null) unresolved.push({ phrase, message: 'the agency register has more than one match for this name; name it exactly' })
            else found.push(match)
          }
        } else {
          const generic = GENERIC.exec(rest)
          const name = generic === null ? NAME_LIKE.exec(rest) : null
          if (generic !== null) at += generic[0].length
          else if (name !== null) {
            const match = await this.resolve(name[0])
            if (match === null) unresolved.push({ phrase: name[0], message: 'no agency in the register matches this name; assign it by code' })
            else found.push(match)
            at += name[0].length
          } else break
        }
      }
      const separator = SEPARATOR.exec(text.slice(at))
      if (separator === null) break
      at += separator[0].length
    }
    return { found, end: at }
  }
}

const add = (list: AgencyRef[], refs: AgencyRef[]): void => { for (const r of refs) if (!list.some((x) => x.code === r.code)) list.push(r) }
const agenciesOf = (found: Found[]): AgencyRef[] => found.filter((f) => f.type === 'agency').map((f) => f.ref)
const groupsOf = (found: Found[]): AgencyRef[] => found.filter((f) => f.type === 'group').map((f) => f.ref)

const SENTENCE_START = /(?:^|[.;!?]\s+)(?=[\p{Lu}"“])/gu
const OPENERS = /^(?:Về\s+[^:.;]{1,200}:\s*|Đề\s+nghị\s+|Giao\s+|Yêu\s+cầu\s+|Đồng\s+chí\s+)/u
const DIRECTS = /^\s*(?:theo\s+chức\s+năng,\s*nhiệm\s+vụ(?:\s+được\s+giao)?\s*)?chỉ\s+đạo\s+/iu
const COORDINATION = /phối\s+hợp(?:\s+(?:với|chặt\s+chẽ))*\s+/giu

/** Leads (agencies starting a sentence), directing agencies ("X chỉ đạo Y chủ trì") and coordinators ("phối hợp với …"). */
export async function readParties (reader: AgencyReader, own: string): Promise<{ parties: Parties, unresolved: Unresolved[] }> {
  const unresolved: Unresolved[] = []
  const parties: Parties = { leadAgencies: [], coordinatingAgencies: [], leadGroups: [], coordinatingGroups: [], directingAgencies: [], directedByParent: false }
  for (const start of own.matchAll(SENTENCE_START)) {
    const before = own.slice(0, start.index)
    if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) continue // "; " inside brackets starts no sentence
    let sentence = own.slice(start.index + start[0].length)
    const subjectless = /^Chỉ\s+đạo\s+/u.exec(sentence)
    if (subjectless !== null && start.index === 0) {
      const { found } = await reader.readList(sentence.slice(subjectless[0].length), unresolved)
      if (found.length > 0) { add(parties.leadAgencies, agenciesOf(found)); add(parties.leadGroups, groupsOf(found)); parties.directedByParent = true }
      continue
    }
    sentence = sentence.replace(OPENERS, '')
    const { found, end } = await reader.readList(sentence, unresolved)
    if (found.length === 0) continue
    const directs = DIRECTS.exec(sentence.slice(end))
    const directed = directs === null ? null : await reader.readList(sentence.slice(end + directs[0].length), unresolved)
    if (directed !== null && directed.found.length > 0) {
      add(parties.directingAgencies, agenciesOf(found))
      add(parties.leadAgencies, agenciesOf(directed.found))
      add(parties.leadGroups, groupsOf(directed.found))
    } else {
      add(parties.leadAgencies, agenciesOf(found))
      add(parties.leadGroups, groupsOf(found))
    }
  }
  for (const match of own.matchAll(COORDINATION)) {
    const { found } = await reader.readList(own.slice(match.index + match[0].length), unresolved)
    add(parties.coordinatingAgencies, agenciesOf(found).filter((a) => !parties.leadAgencies.some((l) => l.code === a.code)))
    add(parties.coordinatingGroups, groupsOf(found))
  }
  return { parties, unresolved }
}
