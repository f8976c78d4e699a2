import { Type, type Static } from 'typebox'
import { AgencyCode, Cursor, Limit, Page, SearchText } from '../../shared/schemas.js'

export const AGENCY_KINDS = ['government', 'ministry', 'ministerial_agency', 'government_agency', 'party_body', 'committee_body', 'province', 'other'] as const
export const AgencyKind = Type.Enum(AGENCY_KINDS)

export const AgencyRef = Type.Object({ code: AgencyCode, nameVi: Type.String() }, { $id: 'AgencyRef', additionalProperties: false })
export type AgencyRef = Static<typeof AgencyRef>

export const Agency = Type.Object({
  code: AgencyCode,
  nameVi: Type.String(),
  nameEn: Type.String(),
  kind: AgencyKind,
  parent: Type.Union([Type.Ref('AgencyRef'), Type.Null()]),
  aliases: Type.Array(Type.String(), { description: 'Abbreviations and other names documents use' })
}, { $id: 'Agency' })
export type Agency = Static<typeof Agency>

export const AgencyGroup = Type.Object({
  code: AgencyCode,
  nameVi: Type.String(),
  nameEn: Type.String(),
  aliases: Type.Array(Type.String()),
  members: Type.Array(Type.Ref('AgencyRef'))
}, { $id: 'AgencyGroup' })
export type AgencyGroup = Static<typeof AgencyGroup>

export const AgencyListQuery = Type.Object({
  q: Type.Optional(SearchText('Search over names and aliases; results ranked by closeness')),
  kind: Type.Optional(AgencyKind),
  limit: Limit,
  cursor: Type.Optional(Cursor)
}, { additionalProperties: false })
export type AgencyListQuery = Static<typeof AgencyListQuery>

export const AgencyPage = Page(Type.Ref('Agency'))
export const AgencyGroupPage = Page(Type.Ref('AgencyGroup'))

export const CodeParams = Type.Object({ code: AgencyCode }, { additionalProperties: false })

export const ResolveQuery = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 300, description: 'A name or abbreviation as written in a document, e.g. "Bộ KH&CN", "UBND tỉnh Thanh Hóa", "các địa phương"' })
}, { additionalProperties: false })

export const Resolution = Type.Object({
  type: Type.Enum(['agency', 'group']),
  code: AgencyCode,
  nameVi: Type.String(),
  confidence: Type.Number({ minimum: 0, maximum: 1, description: '1 for an exact name or alias match; lower for a fuzzy one' })
})
export type Resolution = Static<typeof Resolution>

export const ResolveResult = Type.Object({
  name: Type.String(),
  match: Type.Union([Resolution, Type.Null()], { description: 'null when nothing matches well enough or two candidates are too close to tell apart' }),
  alternatives: Type.Array(Resolution, { description: 'The next best candidates, best first' })
})
export type ResolveResult = Static<typeof ResolveResult>
