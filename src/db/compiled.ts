import { CompiledQuery, type Kysely, type RawBuilder } from 'kysely'

/** Stands for a value while the query is compiled; replaced by the value on each call. */
class Slot {
  constructor (readonly name: string) {}
}

interface Template { sql: string, parameters: readonly unknown[] }

/**
 * A hot query built and compiled once per shape, its values put in its parameters on each call.
 * Building and compiling a large query cost more than running it (10 % of a task read, and a new
 * SQL text each time for the prepared-statement cache to hash). `build` sees each present value
 * as a stand-in it may only pass on as a parameter, and undefined for an absent one, so what is
 * present decides the text; `fixed` holds the few that choose SQL by their value (a timeliness
 * rule, say), and each of their values is a shape of its own.
 */
export function compiledOnce<Values extends Record<string, unknown>, Fixed extends Record<string, string | undefined>, Row> (
  build: (values: Values, fixed: Fixed) => RawBuilder<Row>
) {
  const templates = new Map<string, Template>()
  return async (db: Kysely<any>, values: Values, fixed: Fixed): Promise<Row[]> => {
    const present = Object.keys(values).filter((name) => values[name] !== undefined)
    const shape = `${present.join()}|${JSON.stringify(fixed)}`
    let template = templates.get(shape)
    if (template === undefined) {
      const slots = Object.fromEntries(present.map((name) => [name, new Slot(name)])) as unknown as Values
      const compiled = build(slots, fixed).compile(db)
      template = { sql: compiled.sql, parameters: compiled.parameters }
      templates.set(shape, template)
    }
    const parameters = template.parameters.map((parameter) => parameter instanceof Slot ? values[parameter.name] : parameter)
    return (await db.executeQuery<Row>(CompiledQuery.raw(template.sql, parameters))).rows
  }
}
