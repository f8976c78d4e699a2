import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { pageOf, problems, readCursor } from '../../shared/schemas.js'
import { NotFound } from '../../shared/errors.js'
import { AgencyGroupPage, AgencyListQuery, AgencyPage, CodeParams, ResolveQuery, ResolveResult } from './schemas.js'
import { findAgency, listAgencies, listAgencyGroups, type AgencyPosition } from './repository.js'
import { resolveName } from './resolver.js'

const tags = ['agencies']

function readPosition (cursor: string | undefined): AgencyPosition | undefined {
  if (cursor === undefined) return undefined
  const [score, code] = readCursor(cursor, ['number', 'text'])
  return { score, code }
}

const agencyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/agencies', {
    config: { access: 'read' },
    schema: { tags, summary: 'List agencies', operationId: 'listAgencies', querystring: AgencyListQuery, response: { 200: AgencyPage, ...problems(400) } }
  }, async (request) => {
    const rows = await listAgencies(app.db, request.query, readPosition(request.query.cursor))
    const { items, nextCursor } = pageOf(rows, request.query.limit, (last) => [last.position.score, last.position.code])
    return { items: items.map(({ position: _position, ...agency }) => agency), nextCursor }
  })

  app.get('/agencies/resolve', {
    config: { access: 'read' },
    schema: {
      tags,
      summary: 'Map a name or abbreviation as written in a document to an agency or group',
      description: 'Matching ignores accents, case and punctuation. An exact name or alias gives confidence 1; "UBND tỉnh X" and "Tỉnh X" match X at 0.95; otherwise trigram similarity, and no match when the best two candidates are too close to tell apart.',
      operationId: 'resolveAgency',
      querystring: ResolveQuery,
      response: { 200: ResolveResult, ...problems(400) }
    }
  }, async (request) => await resolveName(app.db, request.query.name))

  app.get('/agencies/:code', {
    config: { access: 'read' },
    schema: { tags, summary: 'Get an agency by code', operationId: 'getAgency', params: CodeParams, response: { 200: Type.Ref('Agency'), ...problems(400, 404) } }
  }, async (request) => {
    const agency = await findAgency(app.db, request.params.code)
    if (agency === undefined) throw new NotFound('agency', request.params.code)
    return agency
  })

  app.get('/agency-groups', {
    config: { access: 'read' },
    schema: { tags, summary: 'List agency groups with their members', operationId: 'listAgencyGroups', response: { 200: AgencyGroupPage } }
  }, async () => ({ items: await listAgencyGroups(app.db), nextCursor: null }))

  app.get('/agency-groups/:code', {
    config: { access: 'read' },
    schema: { tags, summary: 'Get an agency group with its members', operationId: 'getAgencyGroup', params: CodeParams, response: { 200: Type.Ref('AgencyGroup'), ...problems(400, 404) } }
  }, async (request) => {
    const [group] = await listAgencyGroups(app.db, request.params.code)
    if (group === undefined) throw new NotFound('agency group', request.params.code)
    return group
  })
}

export default agencyRoutes
