import { readFileSync } from 'node:fs'

export interface SeedNode {
  ref: string
  leadAgencies: string[]
  coordinatingAgencies: string[]
  leadGroups: string[]
  coordinatingGroups: string[]
  directingAgencies: string[]
  deadlineText: string | null
  deadline: { kind: string, dueOn: string | null } | null
  recurrence: string | null
  children: SeedNode[]
}
export interface SeedNotice { number: string, issuedOn: string, tasks: SeedNode[] }

export const SEED_FILES = ['17-TB-CQTTBCD', '20-TB-CQTTBCD', '22-TB-CQTTBCD']

export function seedNotice (file: string): SeedNotice {
  return JSON.parse(readFileSync(new URL(`../seeds/notices/${file}.json`, import.meta.url), 'utf8')) as SeedNotice
}

export function * walk (nodes: SeedNode[]): Generator<SeedNode> {
  for (const node of nodes) {
    yield node
    yield * walk(node.children)
  }
}
