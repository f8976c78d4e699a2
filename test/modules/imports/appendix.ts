// Large appendices for the import's limits and its benchmark, built from the real 17-TB appendix.
import { readFileSync } from 'node:fs'

const FIXTURE = readFileSync(new URL('../../fixtures/17-TB-CQTTBCD-2025-12-29-appendix.txt', import.meta.url), 'utf8')
const BODY = FIXTURE.slice(FIXTURE.indexOf('-----') + 5)

/** The appendix again and again, its sections numbered on (1–7, 8–14, …), cut at `characters`. */
export function repeatedAppendix (characters: number): string {
  let text = 'Phụ lục\n-----\n'
  let section = 0
  while (text.length < characters) text += BODY.replace(/^(\s*)\d{1,2}\. /gmu, (_, indent: string) => `${indent}${++section}. `)
  return text.slice(0, characters)
}

const SENTENCES = BODY.replace(/\s+/g, ' ').split(/(?<=\.) (?=\p{Lu})/u).filter((s) => s.length > 40)
const sentence = (i: number): string => (SENTENCES[i % SENTENCES.length] ?? '').slice(0, 136)

/** `lines` numbered lines "1. …", "2. …" of about 136 characters each, taken from the appendix's sentences. */
export function numberedLines (lines: number): string {
  return Array.from({ length: lines }, (_, i) => `${i + 1}. ${sentence(i + 1)}`).join('\n')
}

/** The same lines as points "a) …" … "o) …", fifteen to a section: every line a task of its own. */
export function pointLines (lines: number): string {
  return Array.from({ length: lines }, (_, i) => `${i % 15 === 0 ? `${i / 15 + 1}. Về nhóm nhiệm vụ ${i / 15 + 1}\n` : ''}${'abcdeghiklmnopq'[i % 15] ?? 'a'}) ${sentence(i + 1)}`).join('\n')
}

/** Sections of about 19,000 characters each, a task just within what one may hold, cut at `characters`. */
export function longTasks (characters: number): string {
  let text = ''
  for (let section = 1, i = 0; text.length < characters; section++) {
    let body = ''
    while (body.length < 19_000) body += `${sentence(i++)} `
    text += `${section}. ${body.trim()}\n`
  }
  return text.slice(0, characters)
}
