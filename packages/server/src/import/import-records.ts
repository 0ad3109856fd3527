import { type CollectionName, collections, createBodyOf, type ImportProblem, type ImportReport, patchBodyOf } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { Lookups } from "../db/lookups.js";
import type { Database } from "../db/open.js";
import { patchedRecord } from "../db/record-contract.js";
import { checkRecord, checkStored, type LoggedWrite, mayKeep, passesAtOnce, type RecordFault, storeWrites, type Writer } from "../db/record-writes.js";
import { bumpDataVersion } from "../db/data-version.js";
import { deferIndexes, deferIndexesFrom } from "../db/deferred-indexes.js";
import { isPostgres } from "../db/dialect.js";
import { storage } from "../db/storage.js";
import { bindHeader, columnForPath, columnModel, FileProblem, type Lang } from "../files/index.js";
import { issueMessage, type Localised, messages } from "./messages.js";
import { naturalKeyOf } from "./natural-keys.js";
import { readInWorker, type RowsInWorker } from "./read-in-worker.js";
import type { ImportRow } from "./read-rows.js";

/** What to import, and as whom. */
export interface ImportRequest {
  collection: CollectionName;
  /** The file's bytes, as uploaded or read. */
  bytes: Uint8Array;
  /** The caller has no further use for `bytes`: the thread that reads them takes them without a copy (they are then empty here). */
  handOver?: boolean;
  /** Its name or media type, which the content must agree with. */
  declared?: string;
  /** The sheet of a workbook; the first when not given. */
  sheet?: string;
  /** Check and count, write nothing. */
  dryRun?: boolean;
  writer: Writer;
  /** The report's language where the file does not tell (a file that cannot be read, JSON). */
  lang?: Lang;
  /** Called as rows are checked, with the number checked so far. */
  onProgress?: (rows: number) => void;
  /** The most memory, in MB, that reading the file may take (see `readerHeapMb` in read-in-worker.ts, the default). */
  readerHeapMb?: number;
}

/** One thing wrong, where the file has it; and what an import found and did: the SDK's contract. */
export type { ImportProblem, ImportReport };

function faultProblems(fault: RecordFault, row: ImportRow, lang: Lang): ImportProblem[] {
  const column = (path: ReadonlyArray<PropertyKey>) => (row.binding ? (columnForPath(row.binding, path) ?? null) : path.map(String).join(".") || null);
  const at = (localised: Localised, path: ReadonlyArray<PropertyKey>) => ({ line: row.line, column: column(path), message: localised(lang) });
  if (fault.kind === "forbidden") return [at(messages[fault.reason](), fault.reason === "credit-code-set" ? ["creditCode"] : [])];
  if (fault.kind === "conflict") return [at(messages.claimed(), [fault.path])];
  return [
    ...fault.issues.map((issue) => at(issueMessage(issue), issue.path)),
    ...fault.missing.map((reference) => at(messages.unknownReference(collections[reference.collection].path), reference.path.split("."))),
    ...(fault.structure ?? []).map((broken) => at((language) => broken.message[language], [broken.path])),
  ];
}

/** One problem per line and column: a cell that could not be read is not also reported as missing. */
function onePerCell(problems: ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.line, problem.column]);
    if (problem.column !== null && seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

class Rollback extends Error {}

/**
 * Rows written to the store at a time, inside the import's transaction. SQLite stores each row with
 * a prepared statement, so a short chunk only bounds what is held; PostgreSQL stores a chunk of new
 * records with their change log in one statement, a round trip, which takes up to 8,000 values
 * (600 rows of a dozen columns).
 */
const chunkSize = { sqlite: 64, postgres: 600 };

/**
 * Imports a file of records into a collection, all or nothing: every row is checked by the contract,
 * the references it makes and the writer's right to keep it; rows are matched to stored records by
 * `id` or the collection's natural key (a programme by school, major code and level; a supply figure
 * by region, major category, level and period) and created, updated or left unchanged. When any row
 * is bad, or on a dry run, nothing is written; otherwise every write goes in one transaction, with
 * the change log, so an interrupted import leaves all of its rows or none.
 */
export async function importRecords(db: Database, request: ImportRequest): Promise<ImportReport> {
  const { collection, writer } = request;
  const { path, schema } = collections[collection];
  const report: ImportReport = {
    collection: path,
    format: null,
    language: request.lang ?? "zh-CN",
    dryRun: request.dryRun ?? false,
    written: false,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    problems: [],
  };
  // A file that cannot be read (or a CSV row that cannot, when reached) is refused as a whole.
  const refuseFile = (problem: FileProblem) => Object.assign(report, { rows: 0, created: 0, updated: 0, unchanged: 0, problems: [{ line: problem.line ?? null, column: problem.cell ?? null, message: problem.messageIn(report.language) }] });
  // The worker starts (loading its code takes a while) as the stored records are read.
  const reading = readInWorker({ collection, bytes: request.bytes, ...(request.declared ? { declared: request.declared } : {}), ...(request.sheet ? { sheet: request.sheet } : {}), ...(request.lang ? { lang: request.lang } : {}) }, request.handOver, request.readerHeapMb);
  reading.catch(() => {});
  let read: RowsInWorker | undefined;
  const patchBody = patchBodyOf(schema);

  try {
    await db.transaction().execute(async (trx) => {
      const lookups = new Lookups(trx);
      const stored = new Map<string, string>();
      for (const row of await trx.selectFrom(storage[collection].table).select(["id", "data"]).execute()) stored.set(row.id, row.data);
      const byNaturalKey = new Map<string, string>();
      const naturalKey = naturalKeyOf(collection);
      if (naturalKey) for (const [id, data] of stored) byNaturalKey.set(naturalKey(JSON.parse(data) as Record<string, unknown>), id);
      read = await reading;
      const { lang, header } = read.head;
      Object.assign(report, { format: read.head.format, language: lang });
      report.problems.push(...read.head.problems);
      const binding = header && bindHeader(columnModel(createBodyOf(schema)), header);
      const seen = new Map<string, number>();
      // Writes go to the store in chunks as rows are checked, inside the one transaction, so memory
      // holds a chunk rather than the file; a bad row found later rolls every chunk back.
      const writes: LoggedWrite[] = [];
      const chunk = isPostgres(trx) ? chunkSize.postgres : chunkSize.sqlite;
      // Once the import has written as many rows as the table held, the table's indexes are built
      // again at the end rather than kept up row by row (see deferred-indexes.ts).
      const deferFrom = Math.max(deferIndexesFrom, stored.size);
      let rebuildIndexes: (() => Promise<void>) | undefined;
      const flush = async () => {
        if (!report.problems.length && !report.dryRun) {
          if (!rebuildIndexes && report.created + report.updated >= deferFrom) rebuildIndexes = deferIndexes(trx, storage[collection].table) ?? (async () => {});
          await storeWrites(trx, writer, collection, writes);
        }
        writes.length = 0;
      };
      for await (const batch of read.batches({ ids: [...stored.keys()], keys: [...byNaturalKey.keys()] })) {
        for (const prepared of batch) {
          if (report.rows++ % 1000 === 0) request.onProgress?.(report.rows - 1);
          if (prepared.problems) {
            report.problems.push(...prepared.problems);
            continue;
          }
          const id = prepared.id ?? (prepared.key === undefined ? undefined : byNaturalKey.get(prepared.key));
          const before = id === undefined ? undefined : stored.get(id);
          // The worker was told the same stored records: it sends a value for each row that updates, a record for each that creates.
          if ((before === undefined ? prepared.asCreated : prepared.value) === undefined) throw new Error(`The import's worker thread matched line ${prepared.line} to the stored records otherwise.`);
          const row: ImportRow = { line: prepared.line, value: before === undefined ? {} : (JSON.parse(prepared.value!) as Record<string, unknown>), ...(binding ? { binding } : {}) };
          let checked: { record: Record<string, unknown> } | RecordFault;
          let after: string | undefined;
          let recordKey: string | undefined;
          if (before === undefined) {
            // A new record: the worker has checked it by the contract; what needs the database is left.
            const created = prepared.asCreated!;
            if ("issues" in created) {
              report.problems.push(...faultProblems({ kind: "invalid", issues: created.issues, missing: [] }, row, lang));
              continue;
            }
            // Checked at once, without waiting on the database, when the lookups already know all it
            // needs (an admin's record naming known records: nearly every row of a large file).
            const record = JSON.parse(created.after) as Record<string, unknown>;
            checked = passesAtOnce(lookups, writer, created.named) ? { record } : await checkStored(lookups, writer, collection, record);
            after = created.after;
            recordKey = created.key ?? prepared.key;
          } else {
            if (!row.binding) {
              // JSON is checked field by field as a body is: unknown fields are refused.
              const { id: _id, ...fields } = row.value;
              const parsed = z.safeParse(patchBody, fields);
              if (!parsed.success) {
                report.problems.push(...faultProblems({ kind: "invalid", issues: parsed.error.issues, missing: [] }, row, lang));
                continue;
              }
            }
            const current = JSON.parse(before) as Record<string, unknown>;
            const refused = await mayKeep(lookups, writer, collection, current);
            if (refused) {
              report.problems.push(...faultProblems(refused, row, lang));
              continue;
            }
            checked = await checkRecord(lookups, writer, collection, patchedRecord(current, row.value), current);
            if ("record" in checked) recordKey = naturalKey?.(checked.record);
          }
          if (!("record" in checked)) {
            report.problems.push(...faultProblems(checked, row, lang));
            continue;
          }
          const recordId = checked.record.id as string;
          // An id the server has just made cannot have come before, nor come again; only ids the file or the store gave can.
          const earlier = (id === undefined ? undefined : seen.get(recordId)) ?? (recordKey === undefined ? undefined : seen.get(recordKey));
          if (earlier !== undefined) {
            report.problems.push({ line: row.line, column: null, message: messages.duplicate(earlier)(lang) });
            continue;
          }
          if (id !== undefined) seen.set(recordId, row.line);
          if (recordKey !== undefined) seen.set(recordKey, row.line);
          after ??= JSON.stringify(checked.record);
          if (before === after) {
            report.unchanged++;
            continue;
          }
          lookups.remember(collection, recordId, true);
          writes.push({ id: recordId, kind: before === undefined ? "created" : "updated", before: before ?? null, after, record: checked.record });
          if (before === undefined) report.created++;
          else report.updated++;
          if (writes.length >= chunk) await flush();
        }
        // Between batches the event loop answers requests (reads go to a connection of their own).
        await new Promise((resolve) => setImmediate(resolve));
      }
      request.onProgress?.(report.rows);
      if (report.problems.length || report.dryRun) throw new Rollback();
      await flush();
      await rebuildIndexes?.();
      // One change of the data, however many rows: derived answers are computed again once.
      if (report.created || report.updated) await bumpDataVersion(trx);
      report.written = true;
    });
  } catch (error) {
    if (error instanceof FileProblem) return refuseFile(error);
    if (!(error instanceof Rollback)) throw error;
  } finally {
    // The worker is ended however the transaction ended, even before its head was taken.
    await (read ?? (await reading.catch(() => undefined)))?.stop();
  }
  report.problems = onePerCell(report.problems).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return report;
}
