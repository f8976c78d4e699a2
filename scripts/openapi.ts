// Writes the OpenAPI document the routes generate. No database is contacted: routes only
// describe themselves here.
import { writeFile } from 'node:fs/promises'
import { generateOpenApi, OPENAPI_PATH } from '../src/openapi-document.js'

await writeFile(OPENAPI_PATH, await generateOpenApi())
console.log(`wrote ${OPENAPI_PATH}`)
