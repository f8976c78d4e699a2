// Pure structure reader for a notice appendix as extracted from the PDF: no database, unit-testable.

export type NodeKind = 'section' | 'point' | 'dash' | 'plus' | 'item'

export interface ParsedNode {
  kind: NodeKind
  ref: string
  label: string
  /** The node's text as the seeds keep it: its own words, plus a list-closing sentence lifted from its last item. */
  content: string
  /** The node's own words only (what names its agencies): content without a lifted closing sentence. */
  own: string
  /** A closing sentence ("Hoàn thành trong quý I/2026.") that governs every item of the node's list. */
  closing: string | null
  /** The ref as printed when an earlier node already has it (the numbering restarts): `ref` is then made unique. */
  repeats: string | null
  children: ParsedNode[]
}

const FOOTNOTE_LINE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/u

/** Removes extraction noise that never belongs to a task: bookmarks, footnote markers and bodies, bold, the appendix header. */
export function cleanLines (text: string): string[] {
  const cleaned = text.normalize('NFC').replace(/\r\n?/g, '\n')
    .replace(/\[bookmark:[^\]]*\]/giu, '')
    .replace(/\[footnoteRef:\s*\d+\]/giu, '')
    .replace(/\[\d+:[^\]]*\]/gu, '') // footnote bodies "[1: …]"
    .replace(/\*\*/g, '')
    .replace(/[\t\u00a0]/g, ' ')
  const lines = cleaned.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '' && !FOOTNOTE_LINE.test(line))
  // The header (Phụ lục, title, "(Kèm theo Thông báo số …)") ends at the "-----" rule when there is one.
  const rule = lines.slice(0, 15).findIndex((line) => /^-{3,}$/.test(line))
  if (rule >= 0) return lines.slice(rule + 1)
  return lines.filter((line) => !/^(phụ lục|\(kèm theo .*\)?)$/iu.test(line))
}

const POINT_LETTERS = 'aăâbcdđeêghiklmnoôơpqrstuưvxy'
const MARKERS: Array<{ kind: Exclude<NodeKind, 'item'>, regex: RegExp }> = [
  { kind: 'section', regex: /^(\d{1,2})\.\s+(?=[\p{Lu}"“])/u },
  { kind: 'point', regex: new RegExp(`^([${POINT_LETTERS}])\\)\\s+(?=[\\p{Lu}"“])`, 'u') },
  { kind: 'dash', regex: /^([-–])\s+(?=[\p{Lu}"“])/u },
  { kind: 'plus', regex: /^(\+)\s+(?=[\p{Lu}"“])/u }
]

interface Block { kind: Exclude<NodeKind, 'item'>, marker: string, text: string, parent: Block | null, children: Block[] }

// The last character only: a regex anchored at the end would read the whole, ever longer, text again for every line.
const endsSentence = (text: string): boolean => '.:;!?…)'.includes(text.at(-1) ?? ' ')
const join = (a: string, b: string, paragraph: boolean): string => {
  if (a === '') return b
  return paragraph && !endsSentence(a) ? `${a}. ${b}` : `${a} ${b}`
}

const RANK: Record<Block['kind'], number> = { section: 0, point: 1, dash: 2, plus: 3 }

/** Lines into blocks: a marker opens a block; other lines continue it (hard-wrapped text) or add a paragraph. */
function * blocks (lines: string[]): Generator<void, Block[]> {
  // Text extracted from Word keeps one paragraph a line; from a PDF, short hard-wrapped lines.
  const paragraphMode = lines.filter((line) => line.length > 150).length > lines.length * 0.2
  const roots: Block[] = []
  let current: Block | null = null
  for (const [index, line] of lines.entries()) {
    if (index % 256 === 255) yield
    const marker = MARKERS.map(({ kind, regex }) => ({ kind, match: regex.exec(line) })).find(({ match }) => match !== null)
    if (marker?.match != null) {
      const block: Block = { kind: marker.kind, marker: marker.match[1] ?? '', text: line.slice(marker.match[0].length), parent: null, children: [] }
      let parent: Block | null = current
      while (parent !== null && RANK[parent.kind] >= RANK[block.kind]) parent = parent.parent
      block.parent = parent
      if (parent === null) roots.push(block)
      else parent.children.push(block)
      current = block
      continue
    }
    if (current === null) continue // text before the first section is not a task
    let target: Block = current
    // A paragraph after a list of bullets continues the point or section that holds them.
    if (paragraphMode) while ((target.kind === 'dash' || target.kind === 'plus') && target.parent !== null) target = target.parent
    target.text = join(target.text, line, paragraphMode)
  }
  return roots
}

/** Splits "intro (1) … (2) …" into the intro and its numbered items (numbers must run 1, 2, 3 …). */
export function splitItems (text: string): { intro: string, items: string[] } {
  const positions: Array<{ start: number, end: number }> = []
  const regex = /\((\d{1,2})\)\s*(?=[\p{Lu}"“])/gu
  for (const match of text.matchAll(regex)) {
    if (Number(match[1]) === positions.length + 1) positions.push({ start: match.index, end: match.index + match[0].length })
  }
  if (positions.length < 2 && !(positions.length === 1 && /:\s*$/.test(text.slice(0, positions[0]?.start ?? 0)))) {
    return { intro: text, items: [] }
  }
  const intro = text.slice(0, positions[0]?.start ?? 0).trim()
  const items = positions.map((p, i) => text.slice(p.end, positions[i + 1]?.start ?? text.length).trim())
  return { intro, items }
}

const SENTENCE_END = /[.!?](?=\s+[\p{Lu}"“(])/gu

/** The last sentence of a text when there are at least two. */
export function lastSentence (text: string): { before: string, last: string } | null {
  const ends = [...text.matchAll(SENTENCE_END)]
  const end = ends[ends.length - 1]
  if (end === undefined) return null
  return { before: text.slice(0, end.index + 1).trim(), last: text.slice(end.index + 1).trim() }
}

/** Whether a sentence names a deadline; injected so that the structure stays independent of the deadline reader. */
export type HasDeadline = (text: string) => boolean

/** "+" bullets that set nobody a task (explanations of the line above) stay in the parent's content. */
const asksSomething = (text: string, hasDeadline: HasDeadline): boolean => /chủ\s+trì/iu.test(text) || hasDeadline(text)

interface Context { counters: Map<string, number>, printed: Map<string, number>, hasDeadline: HasDeadline }

/** The ref itself the first time; "~2", "~3" … after it when the numbering restarts ("a) … a)" under a heading the reader does not know). */
function unique (ref: string, printed: Map<string, number>): string {
  const times = (printed.get(ref) ?? 0) + 1
  printed.set(ref, times)
  return times === 1 ? ref : `${ref}~${times}`
}

function * toNode (block: Block, parentRef: string | null, context: Context): Generator<void, ParsedNode> {
  const { counters, hasDeadline } = context
  const count = (key: string): number => {
    const next = (counters.get(key) ?? 0) + 1
    counters.set(key, next)
    return next
  }
  const { printed, label } = (() => {
    if (block.kind === 'section') return { printed: block.marker, label: `${block.marker}.` }
    if (block.kind === 'point') return { printed: `${parentRef ?? ''}.${block.marker}`.replace(/^\./, ''), label: `${block.marker})` }
    const sign = block.kind === 'dash' ? '-' : '+'
    return { printed: `${parentRef ?? ''}.${sign}${count(`${parentRef ?? ''}${sign}`)}`.replace(/^\./, ''), label: sign }
  })()
  const ref = unique(printed, context.printed)
  let text = block.text
  const kept: Block[] = []
  for (const child of block.children) {
    if (child.kind === 'plus' && child.children.length === 0 && !asksSomething(child.text, hasDeadline)) text = `${text} ${child.text}`
    else kept.push(child)
  }
  const { intro, items } = splitItems(text)
  const node: ParsedNode = { kind: block.kind, ref, label, content: intro, own: intro, closing: null, repeats: ref === printed ? null : printed, children: [] }
  node.children = items.map((item, i) => ({ kind: 'item', ref: `${ref}.(${i + 1})`, label: `(${i + 1})`, content: item, own: item, closing: null, repeats: null, children: [] }))
  liftClosing(node, hasDeadline)
  yield
  for (const child of kept) node.children.push(yield * toNode(child, ref, context))
  return node
}

/** "(1) … (2) … Hoàn thành trong quý I/2026." governs every item when no item names its own deadline. */
function liftClosing (node: ParsedNode, hasDeadline: HasDeadline): void {
  const items = node.children
  const last = items[items.length - 1]
  if (last === undefined || items.length < 2) return
  const split = lastSentence(last.content)
  if (split === null || !hasDeadline(split.last)) return
  if (items.slice(0, -1).some((item) => hasDeadline(item.content)) || hasDeadline(split.before)) return
  last.content = split.before
  last.own = split.before
  node.closing = split.last
  node.content = `${node.content} ${split.last}`.trim()
}

/** The parse in steps of one node each, so that a caller can let other work run between them. */
export function * appendixSteps (text: string, hasDeadline: HasDeadline): Generator<void, ParsedNode[]> {
  const context: Context = { counters: new Map(), printed: new Map(), hasDeadline }
  const nodes: ParsedNode[] = []
  const lines = cleanLines(text)
  yield
  for (const block of yield * blocks(lines)) nodes.push(yield * toNode(block, null, context))
  return nodes
}

/** The appendix as a tree of nodes with refs as printed ("1", "1.a", "1.đ", "1.b.(1)", "3.c.-2", "…+N"), made unique. */
export function parseAppendix (text: string, hasDeadline: HasDeadline): ParsedNode[] {
  const steps = appendixSteps(text, hasDeadline)
  for (;;) {
    const step = steps.next()
    if (step.done === true) return step.value
  }
}
