import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { Type } from 'typebox'
import { swaggerUiPolicy } from './security.js'

export const API_VERSION = '1.0.0'

export default fp<{ tlsTerminated: boolean }>(async (app, { tlsTerminated }) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'NQ57 directive-tracking API',
        version: API_VERSION,
        contact: { name: 'Standing Office of the Central Steering Committee, API operations' },
        license: { name: 'Proprietary: for the Steering Committee\'s systems and the systems that integrate with them', identifier: 'LicenseRef-Proprietary' },
        description: 'Notices, tasks, assignments, progress and funding of the Central Steering Committee for science, technology, innovation and digital transformation. Errors are RFC 9457 problem details.'
      },
      servers: [{ url: '/' }],
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key: Authorization: Bearer <key>' } } },
      tags: [
        { name: 'health', description: 'Liveness, readiness and metrics' },
        { name: 'agencies', description: 'The register of agencies and agency groups' },
        { name: 'notices', description: 'Notices (Thông báo) and other directive documents' },
        { name: 'tasks', description: 'The tasks of a notice\'s appendix, with leads, coordinators, deadlines and timeliness' },
        { name: 'assignments', description: 'Per-agency assignments of a task and their progress' },
        { name: 'api-keys', description: 'API keys with roles and agency scope (admin)' },
        { name: 'audit', description: 'Who changed what and when' },
        { name: 'webhooks', description: 'Signed change notifications pushed to integrating systems' },
        { name: 'feeds', description: 'For the monitoring portal and integrating systems: change feed, CSV export, statistics, ranking' },
        { name: 'imports', description: 'Reading a notice\'s appendix text into tasks' },
        { name: 'catalogue', description: 'The two-group strategic technology catalogue: editions, technologies, products, ministries\' registrations with profiles and priority order' },
        { name: 'working-groups', description: 'Working groups (Tổ công tác) with their members, the task that set them up and whom they report to' },
        { name: 'reporting', description: 'Reporting obligations of working groups and agencies, periodic reports with revisions and review, and missing or late reports' },
        { name: 'indicators', description: 'The indicators register and the series of values reported per agency and period' },
        { name: 'funding', description: 'Funding of the directives: agencies\' registered needs, estimates, allocation, disbursement and carry-over per line, pushed by the finance and science ministries\' systems; history and totals as of any date' }
      ]
    },
    // Components are named after the schemas' $id, not def-0, def-1 …
    transformObject: (generated) => {
      const document = 'openapiObject' in generated ? generated.openapiObject : generated.swaggerObject
      app.completeContract(document)
      return document
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, index) => String(json.$id ?? `def-${index}`) }
  })
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { deepLinking: true, tryItOutEnabled: false, persistAuthorization: false }, staticCSP: true, transformStaticCSP: swaggerUiPolicy(tlsTerminated) })
  app.get('/openapi.json', {
    config: { access: 'public', database: false },
    schema: { hide: true, response: { 200: Type.Object({}, { additionalProperties: true }) } }
  }, async () => app.swagger())
}, { name: 'openapi' })
