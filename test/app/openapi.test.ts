import { readFile } from 'node:fs/promises'
import t from 'tap'
import { generateOpenApi, OPENAPI_PATH } from '../../src/openapi-document.js'
import { buildTestApp } from '../helper.js'
import { clientTypes, CLIENT_TYPES_PATH } from '../../scripts/client-types.js'

t.test('API9:2023 Improper inventory management — the committed openapi/openapi.json is what the code generates (run npm run openapi)', async (t) => {
  const committed = await readFile(OPENAPI_PATH, 'utf8')
  t.equal(await generateOpenApi(), committed)
  t.equal(await clientTypes(committed), await readFile(CLIENT_TYPES_PATH, 'utf8'), 'openapi/schema.d.ts is generated from it')
})

t.test('the served document is OpenAPI 3 and documents every route with an operationId and responses', async (t) => {
  const { inject } = await buildTestApp(t)
  const res = await inject({ method: 'GET', url: '/openapi.json' })
  t.equal(res.statusCode, 200)
  const doc = res.json()
  t.match(doc.openapi, /^3\.\d+\.\d+$/)
  t.ok(Object.keys(doc.paths).length > 0)
  const operationIds = new Set<string>()
  for (const [path, item] of Object.entries<Record<string, { operationId?: string, responses?: object, summary?: string }>>(doc.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      t.ok(operation.operationId, `${method} ${path} has an operationId`)
      t.ok(operation.summary, `${method} ${path} has a summary`)
      t.ok(operation.responses !== undefined && Object.keys(operation.responses).length > 0, `${method} ${path} documents its responses`)
      t.notOk(operationIds.has(operation.operationId ?? ''), `${operation.operationId} is unique`)
      operationIds.add(operation.operationId ?? '')
    }
  }
  t.ok(doc.components.schemas.Problem, 'problem details are a named component')
  for (const [path, item] of Object.entries<Record<string, { security?: unknown[], responses: Record<string, { $ref?: string, description?: string }> }>>(doc.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const statuses = Object.keys(operation.responses)
      t.ok(Array.isArray(operation.security), `${method} ${path} says whether it needs a key`)
      if ((operation.security ?? []).length > 0) t.ok(['401', '403', '429', '503'].every((s) => statuses.includes(s)), `${method} ${path} documents the refusals of a secured operation`)
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400) t.equal(response.$ref, `#/components/responses/Problem${status}`, `${method} ${path} ${status} is a problem`)
        else t.not(response.description, 'Default Response', `${method} ${path} ${status} is described`)
      }
    }
  }
  for (const [name, response] of Object.entries<{ content: object }>(doc.components.responses)) {
    t.same(Object.keys(response.content), ['application/problem+json'], `${name} is sent as application/problem+json`)
  }
  const docs = await inject({ method: 'GET', url: '/docs/' })
  t.equal(docs.statusCode, 200)
  t.match(docs.body, /swagger-ui/i)
})
