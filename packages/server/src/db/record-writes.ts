import { createHash } from "node:crypto";
import { type CollectionName, collections, type RecordOf } from "@chanjiao/sdk";
import type SqliteDatabase from "better-sqlite3";
import { CompiledQuery, type Transaction } from "kysely";
import * as z from "zod/mini";
import { bodyErrors } from "../http/json-body.js";
import type { ParameterError } from "../http/query.js";
import type { KeyRole } from "./api-keys.js";
import { checkContract, createdRecord, patchedRecord } from "./record-contract.js";
import { catalogueFaults, faultErrors, type StructureFault } from "./catalogue-structure.js";
import { creditCodeFault } from "./credit-codes.js";
import { bumpDataVersion } from "./data-version.js";
import { isPostgres } from "./dialect.js";
import { editorsKeep, keeps } from "./keepers.js";
import { Lookups } from "./lookups.js";
import { holdsNul } from "./query.js";
import { storedRows } from "./record-rows.js";
import { missingReferenceMessage, missingReferences, type Reference } from "./references.js";
import { sqliteHandle } from "./sqlite-handle.js";
import { storage } from "./storage.js";
import type { ChanjiaoDatabase, ChangeLogRow } from "./tables.js";

type Trx = Transaction<ChanjiaoDatabase>;
type AnyRecord = Record<string, unknown>;

/** Keeps each multi-row statement well under SQLite's (32,766) and PostgreSQL's (65,535) bound-parameter limits. */
const maxParameters = 8_000;

/** Who writes, and through which door: recorded in the audit trail with every change. */
export interface Writer {
  organisationId: string | null;
  keyId: string | null;
  /** `admin` writes every record; `editor` only those its organisation keeps. The CLI writes as admin unless told otherwise. */
  role: KeyRole;
  via: "api" | "import" | "cli";
}

/** The strong ETag of a stored record: a digest of its JSON, the same the record's GET answers with. */
export function recordEtag(data: string): string {
  return `"${createHash("sha1").update(data).digest("hex")}"`;
}

/** True when an `If-Match` header value names the current ETag (or `*`). Weak tags never match: If-Match compares strongly. */
export function ifMatchAccepts(header: string, etag: string): boolean {
  return header.split(",").some((tag) => tag.trim() === "*" || tag.trim() === etag);
}

/** Why a record may not be written as it is. */
export type RecordFault =
  | { kind: "invalid"; issues: readonly z.core.$ZodIssue[]; missing: readonly Reference[]; structure?: readonly StructureFault[] }
  | { kind: "forbidden"; reason: "reference-data" | "kept-by-other" | "credit-code-set"; detail: string }
  | { kind: "conflict"; path: string; detail: string };

function refusal(writer: Writer, collection: CollectionName): RecordFault | null {
  if (writer.role === "admin" || editorsKeep(collection)) return null;
  return { kind: "forbidden", reason: "reference-data", detail: `/v1/${collections[collection].path} is reference data: only an admin key writes it.` };
}

/** A fault when the writer may not keep the record (reference data for an editor, or a record another organisation keeps); null when it may. */
export async function mayKeep(lookups: Lookups, writer: Writer, collection: CollectionName, record: AnyRecord): Promise<RecordFault | null> {
  const refused = refusal(writer, collection);
  if (refused || writer.role === "admin") return refused;
  if (writer.organisationId !== null && (await keeps(lookups, writer.organisationId, collection, record))) return null;
  return { kind: "forbidden", reason: "kept-by-other", detail: `This record of /v1/${collections[collection].path} is kept by another organisation.` };
}

/**
 * The whole record a write leaves over `current` (absent for a new record), checked: the contract,
 * the references it makes, the writer's right to keep it, and an organisation's credit code.
 * `province` is derived from `region` where it is left out.
 */
export async function checkRecord(lookups: Lookups, writer: Writer, collection: CollectionName, record: AnyRecord, current?: AnyRecord): Promise<{ record: AnyRecord } | RecordFault> {
  const contract = checkContract(collection, record);
  if (!("record" in contract)) return contract;
  return checkStored(lookups, writer, collection, contract.record, current);
}

/**
 * The checks of a record that need the database, for a record the contract has passed (see
 * {@link checkContract}): the references it makes, the catalogue's structure, the writer's right to
 * keep it, and an organisation's credit code.
 */
export async function checkStored(lookups: Lookups, writer: Writer, collection: CollectionName, valid: AnyRecord, current?: AnyRecord): Promise<{ record: AnyRecord } | RecordFault> {
  const missing = await missingReferences(lookups, collection, valid);
  if (missing.length) return { kind: "invalid", issues: [], missing };
  const structure = await catalogueFaults(lookups, collection, valid);
  if (structure.length) return { kind: "invalid", issues: [], missing: [], structure };
  const refused = await mayKeep(lookups, writer, collection, valid);
  if (refused) return refused;
  return (collection === "organisations" && (await creditCodeFault(lookups, writer, valid, current))) || { record: valid };
}

/**
 * True when a new record passes the checks of {@link checkStored} at once (no waiting on the
 * database): an admin's record with only references to check, naming records the lookups already
 * know exist (`named`, as `namedIfOnlyReferences` in references.ts lists them). False when the full check is needed.
 */
export function passesAtOnce(lookups: Lookups, writer: Writer, named: readonly string[] | undefined): boolean {
  return writer.role === "admin" && named !== undefined && named.every((key) => lookups.knownToExist(key));
}

/** The stored JSON of a record, or undefined. */
export async function storedData(trx: Trx, collection: CollectionName, id: string): Promise<string | undefined> {
  if (holdsNul(id)) return undefined;
  const row = await trx.selectFrom(storage[collection].table).select("data").where("id", "=", id).executeTakeFirst();
  return row?.data;
}

/** A write of one record as the change log keeps it. */
export interface LoggedWrite {
  id: string;
  kind: ChangeLogRow["kind"];
  before: string | null;
  after: string | null;
  /** The record `after` holds, when the writer has it at hand (it is parsed from `after` otherwise). */
  record?: AnyRecord;
}

/**
 * Statement texts kept, the most recently used: the shapes a server repeats (one row, an import's
 * full chunk) rather than one for every chunk length it has met, each of up to 60 KB on PostgreSQL.
 */
const keptStatementTexts = 64;
const statementTexts = new Map<string, string>();

/**
 * `insert into T (columns) values (…), …` for `count` rows, in the dialect's placeholders (on
 * PostgreSQL numbered from `after` + 1); made once per shape while it is in use.
 */
function insertText(table: string, columns: readonly string[], count: number, postgres: boolean, after = 0): string {
  const key = `${postgres} ${table} ${columns.join(",")} ${count} ${after}`;
  let text = statementTexts.get(key);
  if (text === undefined) {
    let parameter = after;
    const row = () => `(${columns.map(() => (postgres ? `$${++parameter}` : "?")).join(",")})`;
    text = `insert into "${table}" (${columns.map((column) => `"${column}"`).join(",")}) values ${Array.from({ length: count }, row).join(",")}`;
    if (statementTexts.size >= keptStatementTexts) statementTexts.delete(statementTexts.keys().next().value!);
  } else {
    // Moved to the most recently used end of the map's order.
    statementTexts.delete(key);
  }
  statementTexts.set(key, text);
  return text;
}

const preparedStatements = new WeakMap<SqliteDatabase.Database, Map<string, SqliteDatabase.Statement>>();

/** A statement, prepared once per database. */
function prepared(database: SqliteDatabase.Database, text: string): SqliteDatabase.Statement {
  let statements = preparedStatements.get(database);
  if (!statements) preparedStatements.set(database, (statements = new Map()));
  let statement = statements.get(text);
  if (!statement) statements.set(text, (statement = database.prepare(text)));
  return statement;
}

/**
 * The change log's entries for records just created, one statement for the lot: the database makes
 * a row per id of the JSON list, in its order, so a bulk import does not bind seven values per row
 * from JavaScript (a created record's entry holds no before or after).
 */
const logCreated = {
  /** Ordered by rowid, the element's place in the list, which json_each gives in order (by key, SQLite would sort them again). */
  sqlite: `insert into change_log (collection, record_id, kind, at, organisation_id, key_id, via) select ?, value, 'created', ?, ?, ?, ? from json_each(?) order by rowid`,
  /** With its six parameters numbered from `after` + 1. */
  postgres: (after = 0) => {
    const [collection, at, organisation, key, via, ids] = [1, 2, 3, 4, 5, 6].map((index) => `$${after + index}`);
    return `insert into change_log (collection, record_id, kind, at, organisation_id, key_id, via) select ${collection}, id, 'created', ${at}, ${organisation}, ${key}, ${via} from json_array_elements_text(${ids}::json) with ordinality as created(id, n) order by n`;
  },
};

/**
 * On PostgreSQL, the rows of records just created and their change log's entries in one statement,
 * the rows inserted by WITH clauses (PostgreSQL runs each once, whether or not anything reads it):
 * a chunk of an import costs one round trip instead of two or three, so chunks can be short.
 * Undefined when the rows need more parameters than one statement takes.
 */
function createdWithLog(tables: ReadonlyArray<[string, ReadonlyArray<Record<string, unknown>>]>, logValues: unknown[]): CompiledQuery | undefined {
  const shapes = tables.filter(([, rows]) => rows.length > 0).map(([table, rows]) => ({ table, rows, columns: Object.keys(rows[0]!) }));
  const count = shapes.reduce((total, { rows, columns }) => total + rows.length * columns.length, logValues.length);
  if (count > maxParameters) return undefined;
  // Filled in place: an import sends hundreds of these, each of thousands of values.
  const parameters: unknown[] = new Array(count);
  let at = 0;
  const clauses: string[] = [];
  for (const { table, rows, columns } of shapes) {
    clauses.push(`"${table}_rows" as (${insertText(table, columns, rows.length, true, at)})`);
    for (const row of rows) for (const column of columns) parameters[at++] = row[column] ?? null;
  }
  const log = logCreated.postgres(at);
  for (const value of logValues) parameters[at++] = value;
  return CompiledQuery.raw(clauses.length ? `with ${clauses.join(", ")} ${log}` : log, parameters);
}

/**
 * Inserts rows that share one shape (the same columns in the same order): a bulk import spends its
 * time storing rows, not building SQL. On SQLite, a statement prepared once runs per row, on the
 * connection the transaction holds (as fast as SQLite inserts, with nothing held per row); on
 * PostgreSQL, where each statement is a round trip, many rows go to a statement.
 */
async function insertRows(trx: Trx, table: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const sqlite = sqliteHandle(trx);
  if (sqlite) {
    const statement = prepared(sqlite, insertText(table, columns, 1, false));
    // Values as arguments rather than in one array: better-sqlite3 binds them sooner (measured: 15 % less time a row).
    for (const row of rows) statement.run(...columns.map((column) => row[column] ?? null));
    return;
  }
  const perStatement = Math.max(1, Math.floor(maxParameters / columns.length));
  const postgres = isPostgres(trx);
  for (let start = 0; start < rows.length; start += perStatement) {
    const batch = rows.slice(start, start + perStatement);
    const parameters = batch.flatMap((row) => columns.map((column) => row[column] ?? null));
    await trx.executeQuery(CompiledQuery.raw(insertText(table, columns, batch.length, postgres), parameters));
  }
}

async function inBatches<T>(items: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  const size = 500;
  for (let start = 0; start < items.length; start += size) await write(items.slice(start, start + size));
}

/**
 * Stores records (replacing those of the same id), removes the ids given and logs every write, in the
 * caller's transaction, without advancing the data version: for a bulk write that stores in chunks
 * and advances it once at the end. A create's log row leaves out the record it made, which is stored
 * once, in its collection (see {@link withCreatedStates}).
 */
export async function storeWrites(trx: Trx, writer: Writer, collection: CollectionName, writes: readonly LoggedWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const table = storage[collection].table;
  const replaced = writes.filter((write) => write.before !== null).map((write) => write.id);
  await inBatches(replaced, async (ids) => {
    await trx.deleteFrom(table).where("id", "in", ids).execute();
    await trx.deleteFrom("record_links").where("collection", "=", collection).where("record_id", "in", ids).execute();
  });
  const stored = writes.flatMap((write) => (write.after === null ? [] : [storedRows(collection, (write.record ?? JSON.parse(write.after)) as RecordOf<typeof collection>, write.after)]));
  const tables: Array<[string, Array<Record<string, unknown>>]> = [
    [table, stored.map((rows) => rows.stored as unknown as Record<string, unknown>)],
    ["record_links", stored.flatMap((rows) => rows.links) as unknown as Array<Record<string, unknown>>],
  ];
  const at = new Date().toISOString();
  if (writes.every((write) => write.kind === "created")) {
    const values = [collection, at, writer.organisationId, writer.keyId, writer.via, JSON.stringify(writes.map((write) => write.id))];
    const sqlite = sqliteHandle(trx);
    const together = sqlite ? undefined : createdWithLog(tables, values);
    if (together) {
      await trx.executeQuery(together);
      return;
    }
    for (const [name, rows] of tables) await insertRows(trx, name, rows);
    if (sqlite) prepared(sqlite, logCreated.sqlite).run(values);
    else await trx.executeQuery(CompiledQuery.raw(logCreated.postgres(), values));
    return;
  }
  for (const [name, rows] of tables) await insertRows(trx, name, rows);
  await insertRows(
    trx,
    "change_log",
    writes.map((write) => ({ collection, record_id: write.id, kind: write.kind, at, organisation_id: writer.organisationId, key_id: writer.keyId, via: writer.via, before: write.before, after: write.kind === "created" ? null : write.after })),
  );
}

/**
 * Stores records (replacing those of the same id), removes the ids given, logs every write and
 * advances the data version once: the one write path of the server, in the caller's transaction.
 */
export async function applyWrites(trx: Trx, writer: Writer, collection: CollectionName, writes: readonly LoggedWrite[]): Promise<void> {
  if (writes.length === 0) return;
  await storeWrites(trx, writer, collection, writes);
  await bumpDataVersion(trx);
}

/** What the change log records writes of: the collections, and the review of submissions (in the audit trail only, never in the public feed). */
export type LoggedCollection = CollectionName | "submissions";

/** Appends one write to the change log and advances the data version, in the write's transaction (for writes stored on their own, as postings are). */
export async function logChange(trx: Trx, writer: Writer, collection: LoggedCollection, id: string, kind: LoggedWrite["kind"], before: string | null, after: string | null): Promise<void> {
  await trx.insertInto("change_log").values({ collection, record_id: id, kind, at: new Date().toISOString(), organisation_id: writer.organisationId, key_id: writer.keyId, via: writer.via, before, after }).execute();
  await bumpDataVersion(trx);
}

export type WriteOutcome =
  | { kind: "created" | "updated"; id: string; data: string; etag: string }
  | { kind: "removed"; id: string }
  | { kind: "invalid"; errors: ParameterError[] }
  | { kind: "forbidden"; detail: string }
  | { kind: "not-found" }
  | { kind: "exists"; id: string }
  | { kind: "conflict"; detail: string; errors: ParameterError[] }
  | { kind: "stale"; etag: string };

function faultOutcome(fault: RecordFault): WriteOutcome {
  if (fault.kind === "forbidden") return { kind: "forbidden", detail: fault.detail };
  if (fault.kind === "conflict") return { kind: "conflict", detail: fault.detail, errors: [{ path: fault.path, message: "is already another organisation's" }] };
  return {
    kind: "invalid",
    errors: [
      ...bodyErrors(fault.issues),
      ...fault.missing.map((reference) => ({ path: reference.path, message: missingReferenceMessage(reference) })),
      ...faultErrors(fault.structure ?? []),
    ],
  };
}

/** Creates a record from a create body (already checked against the collection's create schema), in the caller's transaction. */
export async function createRecord(trx: Trx, writer: Writer, collection: CollectionName, body: AnyRecord): Promise<WriteOutcome> {
  const record = createdRecord(collection, body);
  const id = record.id as string;
  if ((await storedData(trx, collection, id)) !== undefined) return { kind: "exists", id };
  const checked = await checkRecord(new Lookups(trx), writer, collection, record);
  if (!("record" in checked)) return faultOutcome(checked);
  const data = JSON.stringify(checked.record);
  await applyWrites(trx, writer, collection, [{ id, kind: "created", before: null, after: data }]);
  return { kind: "created", id, data, etag: recordEtag(data) };
}

/**
 * Changes fields of a record (a patch already checked against the collection's patch schema), if it
 * is still as `ifMatch` read it. The writer must keep the record before and after the change, so no
 * one can move a record out of another organisation's keeping, or into it.
 */
export async function updateRecord(trx: Trx, writer: Writer, collection: CollectionName, id: string, patch: AnyRecord, ifMatch: string | null): Promise<WriteOutcome> {
  const before = await storedData(trx, collection, id);
  if (before === undefined) return { kind: "not-found" };
  const current = JSON.parse(before) as AnyRecord;
  const lookups = new Lookups(trx);
  const refused = await mayKeep(lookups, writer, collection, current);
  if (refused) return faultOutcome(refused);
  if (ifMatch !== null && !ifMatchAccepts(ifMatch, recordEtag(before))) return { kind: "stale", etag: recordEtag(before) };
  const checked = await checkRecord(lookups, writer, collection, patchedRecord(current, patch), current);
  if (!("record" in checked)) return faultOutcome(checked);
  const data = JSON.stringify(checked.record);
  if (data !== before) await applyWrites(trx, writer, collection, [{ id, kind: "updated", before, after: data }]);
  return { kind: "updated", id, data, etag: recordEtag(data) };
}

/** Removes a record, if it is still as `ifMatch` read it; it leaves lists and computed reads at once. */
export async function removeRecord(trx: Trx, writer: Writer, collection: CollectionName, id: string, ifMatch: string | null): Promise<WriteOutcome> {
  const before = await storedData(trx, collection, id);
  if (before === undefined) return { kind: "not-found" };
  const refused = await mayKeep(new Lookups(trx), writer, collection, JSON.parse(before) as AnyRecord);
  if (refused) return faultOutcome(refused);
  if (ifMatch !== null && !ifMatchAccepts(ifMatch, recordEtag(before))) return { kind: "stale", etag: recordEtag(before) };
  await applyWrites(trx, writer, collection, [{ id, kind: "removed", before, after: null }]);
  return { kind: "removed", id };
}
