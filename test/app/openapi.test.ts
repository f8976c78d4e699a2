import { readFile } from 'node:fs/promises'
import t from 'tap'
import { generateOpenApi, OPENAPI_PATH } from '../../src/openapi-document.js'
import { buildTestApp } from '../helper.js'

t.test('API9:2023 Improper inventory management — the committed openapi/openapi.json is what the code generates (run npm run openapi)', async (t) => {
  const committed = await readFile(OPENAPI_PATH, 'utf8')
  t.equal(await generateOpenApi(), committed)
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
  const docs = await inject({ method: 'GET', url: '/docs/' })
  t.equal(docs.statusCode, 200)
  t.match(docs.body, /swagger-ui/i)
})
