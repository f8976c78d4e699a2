// Writes the OpenAPI document the routes generate, and the client types generated from it. No
// database is contacted: routes only describe themselves here.
import { writeFile } from 'node:fs/promises'
import { generateOpenApi, OPENAPI_PATH } from '../src/openapi-document.js'
import { clientTypes, CLIENT_TYPES_PATH } from './client-types.js'

const document = await generateOpenApi()
await writeFile(OPENAPI_PATH, document)
await writeFile(CLIENT_TYPES_PATH, await clientTypes(document))
console.log(`wrote ${OPENAPI_PATH} and ${CLIENT_TYPES_PATH}`)
