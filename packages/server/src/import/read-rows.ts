import { type CollectionName, collections, createBodyOf, type ImportProblem } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { checkContract, createdRecord } from "../db/record-contract.js";
import { namedIfOnlyReferences } from "../db/references.js";
import {
  bindHeader,
  columnModel,
  type FileFormat,
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
import { naturalKeyOf, sameNaturalKey } from "./natural-keys.js";

/** What to read: the file of an import, and the collection its rows are records of. */
export interface RowsInput {
  collection: CollectionName;
  bytes: Uint8Array;
  declared?: string;
  sheet?: string;
  lang?: Lang;
}

/** A row of the file as a record value, with where it came from. */
export interface ImportRow {
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
  /** The header of a table (CSV, xlsx); absent for JSON. */
  header?: readonly string[];
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
async function readRows(request: RowsInput, model: ReturnType<typeof columnModel>): Promise<ReadRows> {
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
      header: read.header,
      *batches() {
        for (const batch of read.batches) yield batch.map(convert);
      },
    };
  }
  if (read.format === "xlsx" && model.tables.length) {
    // Child sheets fill their records' lists, so a workbook's rows are made whole before checking.
    const converted = read.rows.map(convert);
    problems.push(...(await readChildSheets(request.bytes, model, lang, converted.map(({ row }) => row))));
    return { format: read.format, lang, problems, header: read.header, batches: () => [converted] };
  }
  return {
    format: read.format,
    lang,
    problems,
    header: read.header,
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

/**
 * A new record from a table leaves out the columns its file lacks: those that must be given but may
 * be empty are made empty (null, or an empty list), so a file need not carry every column of the
 * template; optional ones stay out (the server derives a left-out province).
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


/**
 * The record a row would make if no stored record matches it, checked by the contract: its JSON,
 * natural key (when not the row's own) and, when they are all that is left to check, the records it
 * names (see references.ts); or the contract's issues.
 */
export type AsCreated = { after: string; key?: string; named?: string[] } | { issues: readonly z.core.$ZodIssue[] };

/**
 * A row read and checked as far as the file alone allows: what the thread storing it is sent, as
 * little as may be (strings cross between threads at the cost of a copy; objects field by field).
 */
export interface PreparedRow {
  line: number;
  /** The problems of its cells; when there are some, nothing else is worked out. */
  problems?: ImportProblem[];
  /** The id the row gives. */
  id?: string;
  /** Its natural key (see natural-keys.ts), to match a stored record. */
  key?: string;
  /** Its value as JSON, when it updates a stored record. */
  value?: string;
  /** The record it makes, when it updates none. */
  asCreated?: AsCreated;
}

/** The ids and natural keys of the records a collection holds when an import begins. */
export interface StoredKeys {
  ids: string[];
  keys: string[];
}

/** A file's rows, prepared a batch at a time against the records stored; `header` binds a table's columns again where the rows are stored. */
export interface PreparedRows extends Omit<ReadRows, "batches"> {
  batches(stored: StoredKeys): Iterable<PreparedRow[]>;
}

/**
 * Reads a file's rows and does the work of each that needs no database (in a worker thread, see
 * rows-worker.ts): the cells made into a value, its natural key, and the record it would create
 * checked by the contract; for a row that updates a stored record, its value alone.
 */
export async function prepareRows(input: RowsInput): Promise<PreparedRows> {
  const { collection } = input;
  const createBody = createBodyOf(collections[collection].schema);
  const model = columnModel(createBody);
  const naturalKey = naturalKeyOf(collection);
  const read = await readRows(input, model);
  const asCreated = (row: ImportRow, rowKey: string | undefined): AsCreated => {
    if (!row.binding) {
      // JSON is checked field by field as a body is: unknown fields are refused.
      const parsed = z.safeParse(createBody, row.value);
      if (!parsed.success) return { issues: parsed.error.issues };
    }
    // A table's row value is not read again once its record is made: the defaults fill it in place.
    const checked = checkContract(collection, createdRecord(collection, row.binding ? fillEmptyDefaults(model, row.value) : row.value));
    if (!("record" in checked)) return { issues: checked.issues };
    // The record's natural key, when the contract has changed it from the row's.
    const key = naturalKey && !(rowKey !== undefined && sameNaturalKey(naturalKey, checked.record, row.value)) ? naturalKey(checked.record) : rowKey;
    const named = namedIfOnlyReferences(collection, checked.record);
    return { after: JSON.stringify(checked.record), ...(key === rowKey ? {} : { key }), ...(named ? { named } : {}) };
  };
  return {
    ...read,
    *batches(stored: StoredKeys) {
      const [ids, keys] = [new Set(stored.ids), new Set(stored.keys)];
      // A row that names a stored record (by id, else by natural key) updates it: its value is what
      // is sent; any other row creates a record, and the record it makes is.
      const prepare = ({ row, problems }: ConvertedRow): PreparedRow => {
        if (problems.length) return { line: row.line, problems };
        const id = typeof row.value.id === "string" ? row.value.id : undefined;
        const key = naturalKey?.(row.value);
        const updates = id !== undefined ? ids.has(id) : key !== undefined && keys.has(key);
        return { line: row.line, id, key, ...(updates ? { value: JSON.stringify(row.value) } : { asCreated: asCreated(row, key) }) };
      };
      for (const batch of read.batches()) yield batch.map(prepare);
    },
  };
}
