import { connect } from 'node:net'
import pg from 'pg'
import t from 'tap'
import { buildTestApp } from '../helper.js'

// Fastify's own closing answer is plain JSON; this service's is a problem like every other 503.
t.test('a request that arrives while the service stops gets a problem+json 503 with Retry-After', async (t) => {
  const { app, keys, ownerConnectionString } = await buildTestApp(t)
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = new URL(address)
  // Holds the first request in flight, so its connection is not idle and survives the start of close.
  const locker = new pg.Client({ connectionString: ownerConnectionString })
  await locker.connect()
  t.teardown(async () => { await locker.end() })
  await locker.query('begin; lock table task in access exclusive mode')

  const socket = connect(Number(port), '127.0.0.1')
  let received = ''
  socket.on('data', (chunk) => { received += chunk.toString('utf8') })
  const ended = new Promise((resolve) => socket.on('close', resolve))
  const request = (path: string): string => `GET ${path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${keys.reader}\r\n\r\n`
  socket.write(request('/v1/tasks/1'))
  await new Promise((resolve) => setTimeout(resolve, 500))
  const closed = app.close()
  await new Promise((resolve) => setTimeout(resolve, 200))
  socket.write(request('/v1/tasks/2'))
  await new Promise((resolve) => setTimeout(resolve, 200))
  await locker.query('commit')
  await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 5000))])
  socket.destroy()
  await closed
  const answers = received.split(/(?=HTTP\/1\.1 \d{3} )/)
  t.match(answers[0], /^HTTP\/1\.1 200 /, 'the request in flight is answered')
  t.match(answers[1], /^HTTP\/1\.1 503 /, 'the one after the stop began is refused')
  t.match(answers[1], /content-type: application\/problem\+json/i)
  t.match(answers[1], /retry-after: 2/i)
  t.match(answers[1], /"code":"NQ57_STOPPING"/)
})
