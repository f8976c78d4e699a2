import fp from 'fastify-plugin'
import { Type } from 'typebox'
import { UriTooLong } from '../shared/errors.js'
import { MAX_URL_LENGTH } from '../shared/input-rules.js'

const NoQuery = Type.Object({}, { additionalProperties: false })

/**
 * What every request must look like before any route sees it: a URL of sane length, a JSON body
 * (text/plain is a 415, not a string a schema then rejects), and no query parameter its route does
 * not name. The values themselves are checked by the shared validator (server-options.ts).
 */
export default fp(async (app) => {
  app.removeContentTypeParser('text/plain')

  // A route that names no query parameters refuses them all; one that names some must refuse others.
  app.addHook('onRoute', (route) => {
    if (route.schema?.hide === true) return
    const query = route.schema?.querystring as { additionalProperties?: unknown } | undefined
    if (query === undefined) route.schema = { ...route.schema, querystring: NoQuery }
    else if (query.additionalProperties !== false) throw new Error(`${String(route.method)} ${route.url}: its querystring schema must say additionalProperties: false`)
  })

  app.addHook('onRequest', async (request) => {
    if (request.url.length > MAX_URL_LENGTH) throw new UriTooLong(`the URL is longer than ${MAX_URL_LENGTH} characters`)
  })
}, { name: 'input' })
