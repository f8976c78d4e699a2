import { Type, type Static } from 'typebox'
import { AgencyCode, Id, Timestamp } from '../../shared/schemas.js'

export const ROLES = ['admin', 'secretariat', 'reporter', 'reader', 'integration'] as const

export const ApiKey = Type.Object({
  id: Id,
  name: Type.String(),
  role: Type.Enum(ROLES),
  agencyCode: Type.Union([AgencyCode, Type.Null()], { description: 'The agency a reporter acts for, or whose system an integration key is (the finance or science ministry)' }),
  secretPrefix: Type.String({ description: 'The first characters of the secret, to tell keys apart' }),
  createdAt: Timestamp,
  revokedAt: Type.Union([Timestamp, Type.Null()])
}, { $id: 'ApiKey' })
export type ApiKey = Static<typeof ApiKey>

export const ApiKeyList = Type.Object({ items: Type.Array(Type.Ref('ApiKey')) })

export const ApiKeyCreate = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  role: Type.Enum(ROLES),
  agencyCode: Type.Optional(AgencyCode)
}, { additionalProperties: false, description: 'agencyCode is required for, and only for, a reporter (the agency it reports for) and an integration key (the ministry whose system sends funding figures: allocation and disbursement)' })
export type ApiKeyCreate = Static<typeof ApiKeyCreate>

export const ApiKeyCreated = Type.Object({
  key: Type.Ref('ApiKey'),
  secret: Type.String({ description: 'Shown this once; send it as Authorization: Bearer <secret>' })
})
