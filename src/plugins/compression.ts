import { constants } from 'node:zlib'
import fp from 'fastify-plugin'
import compress from '@fastify/compress'

/**
 * Answers are compressed when the client accepts it and the body is worth it: a page of 50 tasks
 * is ~36 KB of JSON and the CSV exports are larger, over the networks integrators reach us by.
 * Brotli at quality 4 (not its default 11, which costs more CPU than the bytes save) or gzip.
 * Request bodies are never decompressed: BODY_LIMIT bounds what is parsed, and a compressed body
 * would let a small request inflate past it.
 *
 * Registered after http-semantics, so a 304 (no body) is decided before compression would run.
 */
export default fp(async (app) => {
  app.addHook('onRoute', (route) => { route.decompress = false })
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 4 } }
  })
}, { name: 'compression', dependencies: ['http-semantics'] })
