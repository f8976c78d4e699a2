import t from 'tap'
import { buildTestApp } from '../helper.js'

interface Operation { responses: Record<string, { headers?: Record<string, unknown>, content?: Record<string, { schema: unknown }> }> }

// The check every test relies on must itself catch each kind of lie.
t.test('the contract check reports an undeclared status, a wrong body, a missing header and an undeclared header', async (t) => {
  const failures: string[] = []
  const { app, inject } = await buildTestApp({ teardown: (fn) => t.teardown(fn), fail: (message) => failures.push(message) })
  const document = app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> }
  const getTask = document.paths['/v1/tasks/{id}']?.get
  const listTasks = document.paths['/v1/tasks']?.get
  const getNotice = document.paths['/v1/notices/{id}']?.get
  if (getTask === undefined || listTasks === undefined || getNotice === undefined) return t.fail('operations missing')
  delete getTask.responses['404']
  const page = listTasks.responses['200']
  if (page?.content?.['application/json'] !== undefined) page.content['application/json'].schema = { type: 'object', required: ['total'] }
  getNotice.responses['200'] = { ...getNotice.responses['200'], headers: { ...getNotice.responses['200']?.headers, 'X-Missing': { required: true, schema: { type: 'string' } } } }
  const etagless = getNotice.responses['200']?.headers ?? {}
  delete etagless.ETag

  await inject({ method: 'GET', url: '/v1/tasks/2147483647' })
  await inject({ method: 'GET', url: '/v1/tasks?limit=1' })
  await inject({ method: 'GET', url: '/v1/notices/1' })
  t.match(failures, [
    /GET \/v1\/tasks\/\{id\} → 404: status not declared/,
    /GET \/v1\/tasks → 200: body does not match the schema: .*total/,
    /GET \/v1\/notices\/\{id\} → 200: declared header x-missing is missing/,
    /GET \/v1\/notices\/\{id\} → 200: sends etag, which the contract does not declare/
  ].map((pattern) => pattern), 'each lie is reported')
  t.equal(failures.length, 4, failures.join('\n'))
})
