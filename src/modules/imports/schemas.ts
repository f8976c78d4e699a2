import { Type, type Static } from 'typebox'

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
    kind: Type.Enum(['date', 'month', 'quarter', 'half', 'year', 'none']),
    dueOn: Type.Union([Type.String(), Type.Null()]),
    text: Type.Union([Type.String(), Type.Null()])
  }), Type.Null()]),
  recurrence: Type.Union([Type.Enum(['monthly', 'quarterly', 'yearly']), Type.Null()]),
  references: Type.Array(Type.Object({ documentNumber: Type.String(), taskRef: Type.Union([Type.String(), Type.Null()]) })),
  children: Type.Array(Type.Ref('TaskDraft'))
}, { $id: 'TaskDraft', description: 'A task read from the appendix text, with its sub-tasks' })

export const ImportWarning = Type.Object({
  ref: Type.Union([Type.String(), Type.Null()], { description: 'The task the warning is about; null for the whole text' }),
  phrase: Type.String({ description: 'The words of the text concerned' }),
  message: Type.String()
})

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

export const ImportParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) }, { additionalProperties: false })
export const ImportItemParams = Type.Object({ id: ImportParams.properties.id, importId: Type.Integer({ minimum: 1, maximum: 2147483647 }) }, { additionalProperties: false })

export interface Draft {
  ref: string
  label: string
  content: string
  leadAgencies: Array<{ code: string, nameVi: string }>
  coordinatingAgencies: Array<{ code: string, nameVi: string }>
  leadGroups: Array<{ code: string, nameVi: string }>
  coordinatingGroups: Array<{ code: string, nameVi: string }>
  directingAgencies: Array<{ code: string, nameVi: string }>
  deadline: { kind: 'date' | 'month' | 'quarter' | 'half' | 'year' | 'none', dueOn: string | null, text: string | null } | null
  recurrence: 'monthly' | 'quarterly' | 'yearly' | null
  references: Array<{ documentNumber: string, taskRef: string | null }>
  children: Draft[]
}
export interface Warning { ref: string | null, phrase: string, message: string }
