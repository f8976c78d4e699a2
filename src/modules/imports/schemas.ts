import { Type, type Static } from 'typebox'
import { Id } from '../../shared/schemas.js'
import type { AgencyRef } from '../agencies/schemas.js'
import { DEADLINE_KINDS, PARTY_KEYS, Recurrence } from '../tasks/schemas.js'

const Agencies = Type.Array(Type.Ref('AgencyRef'))

export const TaskDraft = Type.Object({
  ref: Type.String(),
  label: Type.String(),
  content: Type.String(),
  leadAgencies: Agencies,
  coordinatingAgencies: Agencies,
  leadGroups: Agencies,
  coordinatingGroups: Agencies,
  directingAgencies: Agencies,
  deadline: Type.Union([Type.Object({
    kind: Type.Enum(DEADLINE_KINDS),
    dueOn: Type.Union([Type.String(), Type.Null()]),
    text: Type.Union([Type.String(), Type.Null()])
  }), Type.Null()]),
  recurrence: Recurrence,
  references: Type.Array(Type.Object({ documentNumber: Type.String(), taskRef: Type.Union([Type.String(), Type.Null()]) })),
  children: Type.Array(Type.Ref('TaskDraft'))
}, { $id: 'TaskDraft', description: 'A task read from the appendix text, with its sub-tasks' })
type PartyKey = typeof PARTY_KEYS[number]
/** Static reads a $ref as unknown: the draft with its references resolved. */
export type TaskDraft = Omit<Static<typeof TaskDraft>, PartyKey | 'children'> & Record<PartyKey, AgencyRef[]> & { children: TaskDraft[] }

export const ImportWarning = Type.Object({
  ref: Type.Union([Type.String(), Type.Null()], { description: 'The task the warning is about; null for the whole text' }),
  phrase: Type.String({ description: 'The words of the text concerned' }),
  message: Type.String()
})
export type ImportWarning = Static<typeof ImportWarning>

/** The longest text one import reads: eight times the longest appendix so far (17-TB, ~24,000), and what keeps an import under ~2 s. */
export const MAX_IMPORT_TEXT = 200_000

export const ImportBody = Type.Object({
  text: Type.String({ minLength: 1, maxLength: MAX_IMPORT_TEXT, description: `The appendix as extracted from the PDF or Word file, noise included; at most ${MAX_IMPORT_TEXT.toLocaleString('en')} characters (413 above)` }),
  dryRun: Type.Boolean({ default: true, description: 'true (default): answer the preview only; false: write the tasks' })
}, { additionalProperties: false })
export type ImportBody = Static<typeof ImportBody>

export const ImportResult = Type.Object({
  tasks: Type.Array(Type.Ref('TaskDraft')),
  warnings: Type.Array(ImportWarning)
})

export const ImportItemParams = Type.Object({ id: Id, importId: Id }, { additionalProperties: false })
