import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

export const CLIENT_TYPES_PATH = fileURLToPath(new URL('../openapi/schema.d.ts', import.meta.url))

/** The TypeScript types an integrator gets from the contract with openapi-typescript. */
export async function clientTypes (document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0])
  return `// Generated from openapi/openapi.json by npm run openapi (openapi-typescript); do not edit.\n${astToString(ast)}`
}
