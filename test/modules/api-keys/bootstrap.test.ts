import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../../src/app.js'
import { newSecret } from '../../../src/modules/api-keys/secrets.js'
import { bearer, freshDatabase } from '../../helper.js'

t.test('a revoked bootstrap admin key stays revoked when the service starts again with the same ADMIN_API_KEY', async (t) => {
  const { connectionString, drop } = await freshDatabase()
  let running: FastifyInstance | undefined
  t.teardown(async () => {
    await running?.close()
    await drop()
  })
  const secret = newSecret()
  const start = async () => {
    const app = await buildApp({ config: { LOG_LEVEL: 'silent', BODY_LIMIT: 1048576, DB_POOL_SIZE: 2, TODAY: undefined, ADMIN_API_KEY: secret, RATE_LIMIT_PER_MINUTE: 100000, CORS_ORIGINS: '' }, connectionString })
    await app.ready()
    running = app
    return app
  }

  const first = await start()
  const keys = (await first.inject({ method: 'GET', url: '/v1/api-keys', headers: bearer(secret) })).json().items
  const bootstrap = keys.find((key: { name: string }) => key.name.startsWith('bootstrap admin'))
  t.ok(bootstrap, 'made on first start')
  const other = (await first.inject({ method: 'POST', url: '/v1/api-keys', headers: bearer(secret), payload: { name: 'second admin', role: 'admin' } })).json().secret
  t.equal((await first.inject({ method: 'DELETE', url: `/v1/api-keys/${bootstrap.id as number}`, headers: bearer(other) })).statusCode, 204)
  t.equal((await first.inject({ method: 'GET', url: '/v1/api-keys', headers: bearer(secret) })).statusCode, 401, 'revoked')
  await first.close()

  const second = await start()
  t.equal((await second.inject({ method: 'GET', url: '/v1/api-keys', headers: bearer(secret) })).statusCode, 401, 'still revoked after the restart')
  const after = (await second.inject({ method: 'GET', url: '/v1/api-keys', headers: bearer(other) })).json().items
  t.match(after.filter((key: { secretPrefix: string }) => key.secretPrefix === bootstrap.secretPrefix), [{ id: bootstrap.id, revokedAt: String }], 'neither revived nor made again')
  t.equal(after.filter((key: { secretPrefix: string }) => key.secretPrefix === bootstrap.secretPrefix).length, 1)
})
