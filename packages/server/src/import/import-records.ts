import { type CollectionName, collections, createBodyOf, type ImportProblem, type ImportReport, patchBodyOf } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { Lookups } from "../db/lookups.js";
import type { Database } from "../db/open.js";
import { checkRecord, createdRecord, type LoggedWrite, mayKeep, patchedRecord, type RecordFault, storeWrites, type Writer } from "../db/record-writes.js";
import { bumpDataVersion } from "../db/data-version.js";
import { isPostgres } from "../db/dialect.js";
import { storage } from "../db/storage.js";
import {
  bindHeader,
  columnForPath,
  columnModel,
  type FileFormat,
  FileProblem,
  type HeaderBinding,
  isTable,
  isTableStream,
  type Lang,
  openTable,
  readXlsx,
  rowToChild,
  rowToRecord,
  type Table,
} from "../files/index.js";
import { issueMessage, type Localised, messages } from "./messages.js";
import { naturalKeyOf } from "./natural-keys.js";

/** What to import, and as whom. */
export interface ImportRequest {
  collection: CollectionName;
  /** The file's bytes, as uploaded or read. */
  bytes: Uint8Array;
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
}

/** One thing wrong, where the file has it; and what an import found and did: the SDK's contract. */
export type { ImportProblem, ImportReport };

/** A row of the file as a record value, with where it came from. */
interface ImportRow {
  line: number;
  value: Record<string, unknown>;
  /** The header binding of a table; absent for JSON, whose paths are field names. */
  binding?: HeaderBinding;
}

/** The rows of a file, made into record values a batch at a time as they are checked. */
interface ReadRows {
  format: FileFormat;
  lang: Lang;
  /** Problems of the file as a whole (its header, its child sheets), found before any row is checked. */
  problems: ImportProblem[];
  /** Each row with the problems of its own cells, in batches; a CSV file is read as its batches are asked for. */
  batches(): Iterable<ConvertedRow[]>;
}

interface ConvertedRow {
  row: ImportRow;
  problems: ImportProblem[];
}

/** Rows converted at a time from a file read whole (xlsx, JSON), whose cells are let go as they are converted. */
const batchRows = 1_000;

/** Reads the rows, with the problems of the file and its cells. */
async function readRows(request: ImportRequest, model: ReturnType<typeof columnModel>): Promise<ReadRows> {
  const read = await openTable(request.bytes, { ...(request.declared ? { declared: request.declared } : {}), ...(request.sheet ? { sheet: request.sheet } : {}) });
  if (!isTable(read)) {
    const lang = request.lang ?? "en";
    return {
      format: read.format,
      lang,
      problems: [],
      *batches() {
        yield read.records.map(({ line, value }) => ({ row: { line, value: (value ?? {}) as Record<string, unknown> }, problems: [] }));
      },
    };
  }
  const binding = bindHeader(model, read.header);
  const lang = binding.lang;
  const problems: ImportProblem[] = binding.errors.map((error) => ({ line: 1, column: error.column, message: error.message(lang) }));
  const convert = ({ line, cells }: { line: number; cells: string[] }): ConvertedRow => {
    const { value, errors } = rowToRecord(binding, cells);
    return { row: { line, value, binding }, problems: errors.map((error) => ({ line, column: error.column, message: error.message(lang) })) };
  };
  if (isTableStream(read)) {
    return {
      format: read.format,
      lang,
      problems,
      *batches() {
        for (const batch of read.batches) yield batch.map(convert);
      },
    };
  }
  if (read.format === "xlsx" && model.tables.length) {
    // Child sheets fill their records' lists, so a workbook's rows are made whole before checking.
    const converted = read.rows.map(convert);
    problems.push(...(await readChildSheets(request.bytes, model, lang, converted.map(({ row }) => row))));
    return { format: read.format, lang, problems, batches: () => [converted] };
  }
  return {
    format: read.format,
    lang,
    problems,
    *batches() {
      // Each row's cells are let go once made into a value, so a large file is not held twice.
      for (let start = 0; start < read.rows.length; start += batchRows) {
        const end = Math.min(start + batchRows, read.rows.length);
        yield read.rows.slice(start, end).map(convert);
        read.rows.fill(undefined as never, start, end);
      }
    },
  };
}

/** Nested lists (council seats, steps, countries) come from sheets of their own, keyed by the record's id. */
async function readChildSheets(bytes: Uint8Array, model: ReturnType<typeof columnModel>, lang: Lang, rows: ImportRow[]): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  const byId = new Map(rows.filter((row) => typeof row.value.id === "string").map((row) => [row.value.id as string, row]));
  for (const table of model.tables) {
    let sheet: Table | undefined;
    for (const name of [table.label[lang], table.label["zh-CN"], table.label.en, table.key]) {
      sheet = await readXlsx(Buffer.from(bytes), { sheet: name }).catch(() => undefined);
      if (sheet) break;
    }
    if (!sheet) continue;
    const binding = bindHeader(table, sheet.header);
    problems.push(...binding.errors.map((error) => ({ line: 1, column: `${sheet.sheet}: ${error.column}`, message: error.message(lang) })));
    for (const { line, cells } of sheet.rows) {
      const { value, errors, parentId } = rowToChild(binding, cells);
      for (const error of errors) problems.push({ line, column: `${sheet.sheet}: ${error.column}`, message: error.message(lang) });
      const parent = parentId === undefined ? undefined : byId.get(parentId);
      if (!parent) {
        problems.push({ line, column: `${sheet.sheet}: ${table.parentColumn.label[lang]}`, message: lang === "zh-CN" ? "数据表中没有这个编号的记录" : "no record with this id in the data sheet" });
        continue;
      }
      const items = (parent.value[table.key] as unknown[] | undefined) ?? [];
      items.push(value);
      parent.value[table.key] = items;
    }
  }
  return problems;
}

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

/**
 * A new record from a table leaves out the columns its file lacks: those that must be given but may
 * be empty are made empty (null, or an empty list), so a file need not carry every column of the
 * template; optional ones stay out (the server derives a left-out province). Fills the row's own
 * value, which nothing else holds.
 */
function fillEmptyDefaults(model: ReturnType<typeof columnModel>, value: Record<string, unknown>): Record<string, unknown> {
  for (const column of model.columns) {
    if (column.path.length !== 1 || column.key in value || !column.required) continue;
    if (column.kind === "list") value[column.key] = [];
    else if (column.nullable) value[column.key] = null;
  }
  for (const table of model.tables) if (!(table.key in value)) value[table.key] = [];
  return value;
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
 * a prepared statement, so a short chunk only bounds what is held; PostgreSQL sends a chunk in a few
 * statements of hundreds of rows, each a round trip.
 */
const chunkSize = { sqlite: 64, postgres: 2_000 };

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
  const model = columnModel(createBodyOf(schema));
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
  let read: Awaited<ReturnType<typeof readRows>>;
  try {
    read = await readRows(request, model);
  } catch (error) {
    if (!(error instanceof FileProblem)) throw error;
    return refuseFile(error);
  }
  const { lang } = read;
  Object.assign(report, { format: read.format, language: lang });
  report.problems.push(...read.problems);
  const createBody = createBodyOf(schema);
  const patchBody = patchBodyOf(schema);

  try {
    await db.transaction().execute(async (trx) => {
      const lookups = new Lookups(trx);
      const stored = new Map<string, string>();
      for (const row of await trx.selectFrom(storage[collection].table).select(["id", "data"]).execute()) stored.set(row.id, row.data);
      const byNaturalKey = new Map<string, string>();
      const naturalKey = naturalKeyOf(collection);
      if (naturalKey) for (const [id, data] of stored) byNaturalKey.set(naturalKey(JSON.parse(data) as Record<string, unknown>), id);
      const seen = new Map<string, number>();
      // Writes go to the store in chunks as rows are checked, inside the one transaction, so memory
      // holds a chunk rather than the file; a bad row found later rolls every chunk back.
      const writes: LoggedWrite[] = [];
      const chunk = isPostgres(trx) ? chunkSize.postgres : chunkSize.sqlite;
      const flush = async () => {
        if (!report.problems.length && !report.dryRun) await storeWrites(trx, writer, collection, writes);
        writes.length = 0;
      };
      for (const batch of read.batches()) for (const { row, problems } of batch) {
        if (report.rows++ % 1000 === 0) request.onProgress?.(report.rows - 1);
        if (problems.length) {
          report.problems.push(...problems);
          continue;
        }
        const givenId = typeof row.value.id === "string" ? row.value.id : undefined;
        const id = givenId ?? (naturalKey ? byNaturalKey.get(naturalKey(row.value)) : undefined);
        const before = id === undefined ? undefined : stored.get(id);
        if (!row.binding) {
          // JSON is checked field by field as a body is: unknown fields are refused.
          const { id: _id, ...fields } = row.value;
          const parsed = z.safeParse(before === undefined ? createBody : patchBody, before === undefined ? row.value : fields);
          if (!parsed.success) {
            report.problems.push(...faultProblems({ kind: "invalid", issues: parsed.error.issues, missing: [] }, row, lang));
            continue;
          }
        }
        const current = before === undefined ? undefined : (JSON.parse(before) as Record<string, unknown>);
        const refused = current && (await mayKeep(lookups, writer, collection, current));
        if (refused) {
          report.problems.push(...faultProblems(refused, row, lang));
          continue;
        }
        const candidate = current ? patchedRecord(current, row.value) : createdRecord(collection, row.binding ? fillEmptyDefaults(model, row.value) : row.value);
        const checked = await checkRecord(lookups, writer, collection, candidate, current);
        if (!("record" in checked)) {
          report.problems.push(...faultProblems(checked, row, lang));
          continue;
        }
        const recordId = checked.record.id as string;
        const recordKey = naturalKey?.(checked.record);
        const earlier = seen.get(recordId) ?? (recordKey === undefined ? undefined : seen.get(recordKey));
        if (earlier !== undefined) {
          report.problems.push({ line: row.line, column: null, message: messages.duplicate(earlier)(lang) });
          continue;
        }
        // An id the server has just made cannot come again; only ids the file or the store gave can.
        if (id !== undefined) seen.set(recordId, row.line);
        if (recordKey !== undefined) seen.set(recordKey, row.line);
        const after = JSON.stringify(checked.record);
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
      request.onProgress?.(report.rows);
      if (report.problems.length || report.dryRun) throw new Rollback();
      await flush();
      // One change of the data, however many rows: derived answers are computed again once.
      if (report.created || report.updated) await bumpDataVersion(trx);
      report.written = true;
    });
  } catch (error) {
    if (error instanceof FileProblem) return refuseFile(error);
    if (!(error instanceof Rollback)) throw error;
  }
  report.problems = onePerCell(report.problems).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return report;
}
