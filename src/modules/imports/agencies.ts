import type { Db } from '../../db/database.js'
import type { AgencyRef } from '../agencies/schemas.js'
import { Register, type Found } from './register.js'

/** The parties a text names, as the register resolved them. */
export interface FoundParties {
  leadAgencies: AgencyRef[]
  coordinatingAgencies: AgencyRef[]
  leadGroups: AgencyRef[]
  coordinatingGroups: AgencyRef[]
  directingAgencies: AgencyRef[]
  /** "Chỉ đạo Y …" without a subject: the parent's lead directs Y. */
  directedByParent: boolean
}
export interface Unresolved { phrase: string, message: string }

// Collective phrases that name nobody in particular: skipped without a warning.
const GENERIC = /^(?:các|những)\s+(?:cơ\s+quan|đơn\s+vị|viện|trường|tổ\s+chức|đoàn\s+thể|bộ|ngành|bên|doanh\s+nghiệp|tập\s+đoàn)(?:[\s,]+(?:cơ\s+quan|đơn\s+vị|viện|trường|tổ\s+chức|đoàn\s+thể|bộ|ngành|có|liên\s+quan|trung\s+ương))*/iu
// A capitalised body name the register does not know ("Bộ Kinh tế Vũ trụ"): reported, never guessed.
const NAME_LIKE = /^(?:Bộ|Ban|Văn\s+phòng|Ủy\s+ban|UBND|Sở|Đảng\s+ủy|Hội\s+đồng|Tổng\s+cục|Cục|Tổ|Cơ\s+quan)\s+\p{Lu}[^,;:.()]*?(?=\s+(?:chủ\s+trì|phối\s+hợp|theo|và\s+các|có\s+trách|tiếp\s+tục|chỉ\s+đạo)(?!\p{L})|[,;:.()]|$)/u
const SEPARATOR = /^\s*(?:,|;|và(?=\s)|cùng(?=\s))\s*/u
const RELATED = /^\s*(?:có\s+)?liên\s+quan/iu
// A bracketed list of agencies is never longer than this: a "(" without its ")" nearby costs no scan of the whole text.
const BRACKET_WINDOW = 4000

/** Extracts the agencies named in a node's text and resolves them through the register. */
export class AgencyReader {
  private constructor (private readonly register: Register) {}

  static async load (db: Db): Promise<AgencyReader> {
    return new AgencyReader(await Register.load(db))
  }

  /** Length of the longest register name at the start of `text` (not across . ; : or brackets), or 0. */
  private longestName (text: string, prefix = ''): number {
    // Word by word, and only while some register name still starts with the words read: the rest of the text is never scanned.
    let candidate = this.register.fold(prefix)
    let longest = 0
    const word = /[\p{L}\p{M}\p{N}&]+|[.;:()]/gu
    for (let found = word.exec(text); found !== null && !/^[.;:()]$/.test(found[0]); found = word.exec(text)) {
      const folded = this.register.fold(found[0])
      if (folded === '') continue
      candidate = candidate === '' ? folded : `${candidate} ${folded}`
      if (!this.register.starts.has(candidate)) break
      if (this.register.terms.has(candidate)) longest = found.index + found[0].length
    }
    return longest
  }

  private async bracketList (text: string, unresolved: Unresolved[]): Promise<{ found: Found[], end: number } | null> {
    const open = /^\s*\(/.exec(text)
    const close = text.slice(0, BRACKET_WINDOW).indexOf(')')
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
        const close = rest.slice(0, BRACKET_WINDOW).indexOf(')', bracket[0].length)
        const inner = close < 0 ? null : await this.readList(rest.slice(bracket[0].length, close).replace(/;/g, ','), unresolved)
        if (inner !== null && inner.found.length > 0) { found.push(...inner.found); at += close + 1 } else break
      } else {
        const withPrefix = prefix === '' ? 0 : this.longestName(rest, prefix)
        const length = withPrefix > 0 ? withPrefix : this.longestName(rest)
        if (length > 0) {
          const phrase = (withPrefix > 0 ? prefix : '') + rest.slice(0, length)
          at += length
          if (RELATED.test(text.slice(at))) { at += RELATED.exec(text.slice(at))?.[0].length ?? 0 } else {
            const { match } = await this.register.resolve(phrase)
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
            const { match, reason } = await this.register.resolve(name[0])
            if (match === null) unresolved.push({ phrase: name[0], message: reason ?? 'no agency in the register matches this name; assign it by code' })
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
export async function readParties (reader: AgencyReader, own: string): Promise<{ parties: FoundParties, unresolved: Unresolved[] }> {
  const unresolved: Unresolved[] = []
  const parties: FoundParties = { leadAgencies: [], coordinatingAgencies: [], leadGroups: [], coordinatingGroups: [], directingAgencies: [], directedByParent: false }
  // Bracket depth is counted as the sentences go by, not again from the start for each one.
  let depth = 0
  let counted = 0
  for (const start of own.matchAll(SENTENCE_START)) {
    for (; counted < start.index; counted++) depth += own[counted] === '(' ? 1 : own[counted] === ')' ? -1 : 0
    if (depth > 0) continue // "; " inside brackets starts no sentence
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
