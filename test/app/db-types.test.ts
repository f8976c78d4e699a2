// src/db/schema.ts is written by hand; this holds it to the migrated database. Types do not exist at
// run time, so the file is read with the TypeScript compiler (its type checker resolves the aliases,
// Default<>, Generated<>, ColumnType<> and unions) and compared with information_schema and pg_constraint.
import { fileURLToPath } from 'node:url'
import { CamelCasePlugin } from 'kysely'
import pg from 'pg'
import t from 'tap'
import ts from 'typescript'
import { freshDatabase } from '../helper.js'

const SCHEMA_FILE = fileURLToPath(new URL('../../src/db/schema.ts', import.meta.url))
/** Kysely's own bookkeeping: not part of `Database`. */
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock']

type Kind = 'string' | 'number' | 'boolean' | 'Date' | 'string[]' | 'unknown' | 'other'
interface DeclaredColumn {
  /** What a select returns, without null: its kind and, for a literal union, its members. */
  kind: Kind
  literals: Array<string | number> | null
  /** `| null` in the select type; null when the type is `unknown` (json), which says nothing either way. */
  nullable: boolean | null
  /** What an insert may do: leave it out (ColumnType with `| undefined`, or nullable), or never write it (`never`). */
  insert: 'required' | 'optional' | 'never'
  text: string
}

/** Kysely's CamelCasePlugin naming (`leadOpenCount` ↔ `lead_open_count`), taken from the plugin itself. */
class Names extends CamelCasePlugin {
  sqlName (name: string): string { return this.snakeCase(name) }
}
const names = new Names()

function kindOf (type: ts.Type, checker: ts.TypeChecker): Kind {
  const flags = type.flags
  if ((flags & ts.TypeFlags.Unknown) !== 0) return 'unknown'
  if ((flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral)) !== 0) return 'string'
  if ((flags & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) !== 0) return 'number'
  if ((flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) !== 0) return 'boolean'
  if (checker.isArrayType(type)) {
    const [element] = checker.getTypeArguments(type as ts.TypeReference)
    return element !== undefined && (element.flags & ts.TypeFlags.String) !== 0 ? 'string[]' : 'other'
  }
  if (type.getSymbol()?.getName() === 'Date') return 'Date'
  return 'other'
}

/** Every table of the `Database` interface in src/db/schema.ts, by its SQL name, with its columns by SQL name. */
function declaredTables (): Map<string, Map<string, DeclaredColumn>> {
  const program = ts.createProgram([SCHEMA_FILE], {
    strict: true, noEmit: true, skipLibCheck: true, types: [],
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext
  })
  const source = program.getSourceFile(SCHEMA_FILE)
  if (source === undefined) throw new Error(`cannot read ${SCHEMA_FILE}`)
  const checker = program.getTypeChecker()
  const database = source.statements.find((node): node is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(node) && node.name.text === 'Database')
  if (database === undefined) throw new Error('src/db/schema.ts declares no Database interface')
  const tables = new Map<string, Map<string, DeclaredColumn>>()
  for (const table of checker.getPropertiesOfType(checker.getTypeAtLocation(database))) {
    const columns = new Map<string, DeclaredColumn>()
    for (const column of checker.getPropertiesOfType(checker.getTypeOfSymbol(table))) {
      let type = checker.getTypeOfSymbol(column)
      // ColumnType<Select, Insert, Update> (and Generated<>, Default<>…) is an object with __select__ and __insert__.
      const select = type.getProperty('__select__')
      const insertSymbol = type.getProperty('__insert__')
      const insertType = insertSymbol === undefined ? undefined : checker.getTypeOfSymbol(insertSymbol)
      if (select !== undefined) type = checker.getTypeOfSymbol(select)
      const members = type.isUnion() ? type.types : [type]
      const nonNull = members.filter((member) => (member.flags & ts.TypeFlags.Null) === 0)
      const optional = (candidate: ts.Type, flag: ts.TypeFlags): boolean => (candidate.isUnion() ? candidate.types : [candidate]).some((member) => (member.flags & flag) !== 0)
      const kinds = [...new Set(nonNull.map((member) => kindOf(member, checker)))]
      const literals = nonNull.every((member) => member.isStringLiteral()) || nonNull.every((member) => member.isNumberLiteral())
        ? nonNull.map((member) => (member as ts.LiteralType).value as string | number).sort()
        : null
      columns.set(names.sqlName(column.getName()), {
        kind: kinds.length === 1 ? kinds[0] ?? 'other' : 'other',
        literals,
        nullable: kinds.includes('unknown') ? null : nonNull.length < members.length,
        insert: insertType === undefined
          ? (nonNull.length < members.length ? 'optional' : 'required')
          : (insertType.flags & ts.TypeFlags.Never) !== 0 ? 'never' : optional(insertType, ts.TypeFlags.Undefined | ts.TypeFlags.Null) ? 'optional' : 'required',
        text: checker.typeToString(type)
      })
    }
    tables.set(names.sqlName(table.getName()), columns)
  }
  return tables
}

/** The TypeScript kind each PostgreSQL type reads as through pg and the parsers of src/db/database.ts. */
const KIND_OF_SQL: Record<string, Kind> = {
  text: 'string', 'character varying': 'string', date: 'string', xid8: 'string',
  integer: 'number', smallint: 'number', bigint: 'number', numeric: 'number', 'double precision': 'number', real: 'number',
  boolean: 'boolean',
  'timestamp with time zone': 'Date',
  json: 'unknown', jsonb: 'unknown'
}

interface SqlColumn { table: string, column: string, dataType: string, udtName: string, nullable: boolean, hasDefault: boolean, generated: boolean }
interface SqlCheck { table: string, column: string, definition: string }

/** The values of a one-column check `col in ('a', 'b')`, as PostgreSQL keeps it: `(col = ANY (ARRAY['a'::text, 'b'::text]))`. */
function listedValues (definition: string): Array<string | number> | null {
  const list = /= ANY \(+ARRAY\[(.*)\]/.exec(definition)?.[1]
  if (list === undefined) return null
  const strings = [...list.matchAll(/'((?:[^']|'')*)'/g)].map((match) => (match[1] ?? '').replaceAll("''", "'"))
  if (strings.length > 0) return strings.sort()
  return list.split(',').map((item) => Number(item.replace(/[()]|::\w+/g, '').trim())).sort()
}

t.test('src/db/schema.ts matches the migrated database', async (t) => {
  const declared = declaredTables()
  const database = await freshDatabase()
  // The owner sees every column (information_schema hides those a role has no right on).
  const client = new pg.Client({ connectionString: database.ownerConnectionString })
  await client.connect()
  t.teardown(async () => {
    await client.end()
    await database.drop()
  })
  const { rows: columns } = await client.query<SqlColumn>(`
    select c.table_name as "table", c.column_name as "column", c.data_type as "dataType", c.udt_name as "udtName",
           c.is_nullable = 'YES' as nullable, c.column_default is not null as "hasDefault",
           c.is_generated = 'ALWAYS' as generated
    from information_schema.columns c
    join information_schema.tables tb on tb.table_schema = c.table_schema and tb.table_name = c.table_name
    where c.table_schema = 'public' and tb.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`)
  const { rows: checks } = await client.query<SqlCheck>(`
    select cl.relname as "table", a.attname as "column", pg_get_constraintdef(co.oid) as definition
    from pg_constraint co
    join pg_class cl on cl.oid = co.conrelid
    join pg_namespace n on n.oid = cl.relnamespace
    join pg_attribute a on a.attrelid = co.conrelid and a.attnum = co.conkey[1]
    where n.nspname = 'public' and co.contype = 'c' and cardinality(co.conkey) = 1`)

  const actual = new Map<string, Map<string, SqlColumn>>()
  for (const row of columns) {
    const table = actual.get(row.table) ?? new Map<string, SqlColumn>()
    table.set(row.column, row)
    actual.set(row.table, table)
  }
  const listsOf = (table: string, column: string): Array<Array<string | number>> => checks
    .filter((check) => check.table === table && check.column === column)
    .map((check) => listedValues(check.definition))
    .filter((values) => values !== null)

  t.ok(declared.size > 0, 'the Database interface was read')
  t.same([...actual.keys()].filter((name) => !declared.has(name) && !MIGRATION_TABLES.includes(name)), [],
    'every table of the database is in the Database interface')

  for (const [tableName, tableColumns] of declared) {
    t.test(tableName, async (t) => {
      const sqlColumns = actual.get(tableName)
      if (sqlColumns === undefined) {
        t.fail(`table ${tableName} is declared in src/db/schema.ts but does not exist in the database`)
        return
      }
      t.same([...tableColumns.keys()].sort(), [...sqlColumns.keys()].sort(), 'exactly the declared columns (TS camelCase ↔ SQL snake_case; actual: src/db/schema.ts, expected: the database)')
      for (const [columnName, column] of tableColumns) {
        const sql = sqlColumns.get(columnName)
        if (sql === undefined) continue
        const where = `${tableName}.${columnName} (${column.text}, SQL ${sql.dataType}${sql.nullable ? '' : ' not null'})`
        if (sql.generated) {
          // A stored generated column is nullable to PostgreSQL; its expression may be known never to give null.
          t.equal(column.insert, 'never', `${where}: a generated column is read-only (never written)`)
          if (column.nullable === true) t.ok(sql.nullable, `${where}: nullability`)
        } else if (column.nullable !== null) {
          t.equal(column.nullable, sql.nullable, `${where}: nullability`)
        }
        if (column.insert === 'optional' && !sql.generated) {
          t.ok(sql.nullable || sql.hasDefault, `${where}: an insert may leave it out only when it has a default or is nullable`)
        }
        const sqlKind = sql.dataType === 'ARRAY' ? (sql.udtName === '_text' ? 'string[]' : 'other') : KIND_OF_SQL[sql.dataType] ?? 'other'
        t.equal(column.kind, sqlKind, `${where}: reads as ${sqlKind}`)
        const lists = listsOf(tableName, columnName)
        if (column.literals !== null) {
          t.ok(lists.length > 0, `${where}: a literal union has a check constraint listing its values`)
          for (const values of lists) t.same(column.literals, values, `${where}: the union is the check constraint's list`)
        } else {
          t.same(lists, [], `${where}: a column whose values a check constraint lists is typed as that union`)
        }
      }
    })
  }
})
