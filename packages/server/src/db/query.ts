import type { CollectionName } from "@chanjiao/sdk";
import { type ExpressionBuilder, type SelectQueryBuilder, sql } from "kysely";
import type { ListSort, PagePosition } from "../http/cursor.js";
import type { Database } from "./open.js";
import { type FilterRule, storage } from "./storage.js";
import type { ChanjiaoDatabase, FilterColumn, RecordTable } from "./tables.js";

type RecordQuery = SelectQueryBuilder<ChanjiaoDatabase, RecordTable, object>;
type Builder = ExpressionBuilder<ChanjiaoDatabase, RecordTable>;
/** Validated filter values, keyed by parameter name. */
export type FilterValues = Record<string, string | number | undefined>;

/**
 * True when a text holds U+0000. PostgreSQL's text cannot, and refuses a query that sends it, so no
 * stored text holds one on either database (writes keep it out of every searched column, see
 * `searchText`) and such a value is answered here: it matches nothing, on both. (SQLite would also
 * cut a LIKE pattern short at it, so that `q=%00` matched everything.)
 */
export function holdsNul(value: unknown): boolean {
  return typeof value === "string" && value.includes("\u0000");
}

/** The text `q` searches, as stored: without U+0000 (see `holdsNul`). */
export function searchText(text: string): string {
  return text.replaceAll("\u0000", "");
}

/** Escapes LIKE wildcards so user text matches literally (with `ESCAPE '\'`). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * The column contains the text, ignoring the case of ASCII letters only, on both databases: SQLite's
 * `like` folds ASCII and PostgreSQL's is case-sensitive, so both sides are lowered, the column by
 * `lower()` (ASCII only in SQLite and under the "C" collation PostgreSQL's text columns use) and the
 * text here, also ASCII only, so that `É` matches `É` and not `é` on either.
 */
function contains(column: "name" | "value", text: string) {
  const pattern = `%${likeLiteral(text).replace(/[A-Z]+/g, (letters) => letters.toLowerCase())}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}

/** The column starts with the text (a code: digits and an ASCII letter, compared as `contains` does). */
function startsWith(column: "name", text: string) {
  return sql<boolean>`lower(${sql.ref(column)}) like ${`${likeLiteral(text.toLowerCase())}%`} escape '\\'`;
}

function applyRule(query: RecordQuery, collection: CollectionName, rule: FilterRule, value: string | number): RecordQuery {
  switch (rule.type) {
    case "equals":
      return query.where(rule.column as FilterColumn, "=", value);
    case "region": {
      const code = String(value);
      return code.endsWith("0000") ? query.where("province", "=", code) : query.where("region", "=", code);
    }
    case "placed": {
      const code = String(value);
      const column = code.endsWith("0000") ? "places.province" : "places.region";
      return query.where("id", "in", (eb: Builder) => eb.selectFrom(rule.places.as("places")).select("places.id").where(column, "=", code));
    }
    case "within": {
      const [from, to = from] = String(value).split("-").map(Number);
      return query.where(rule.from, ">=", from!).where(rule.to, "<=", to!);
    }
    case "period": {
      const [from, to = from] = String(value).split("-").map(Number);
      return query.where(rule.column, ">=", from!).where(rule.column, "<=", to!);
    }
    case "link":
    case "link-contains":
      return query.where((eb: Builder) =>
        eb.exists(
          eb
            .selectFrom("record_links")
            .select("record_links.record_id")
            .whereRef("record_links.record_id", "=", sql.ref(`${storage[collection].table}.id`))
            .where("record_links.collection", "=", collection)
            .where("record_links.attribute", "=", rule.attribute)
            .where(rule.type === "link" ? sql<boolean>`${sql.ref("record_links.value")} = ${String(value)}` : contains("value", String(value))),
        ),
      );
  }
}

/** A query over a collection's table with its filters (and `q`) applied; paging is the caller's. */
export function filteredQuery(db: Database, collection: CollectionName, filters: FilterValues): RecordQuery {
  const spec = storage[collection];
  let query: RecordQuery = db.selectFrom(spec.table);
  const rules = spec.filters as Record<string, FilterRule>;
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    if (holdsNul(value)) {
      query = query.where(sql<boolean>`1 = 0`);
      continue;
    }
    if (key === "q") query = query.where(spec.codeQuery?.test(String(value)) ? startsWith("name", String(value)) : contains("name", String(value)));
    const rule = rules[key];
    if (rule) query = applyRule(query, collection, rule, value);
  }
  return query;
}

/**
 * One page of records in the order `sort` names (by id, or by name then id; `-` reverses), starting
 * after the position of the previous page's last record. Returns the JSON texts, the names (for the
 * next cursor) and whether more follow.
 */
export async function listRecords(
  db: Database,
  collection: CollectionName,
  filters: FilterValues,
  page: { after: PagePosition | null; sort: ListSort; limit: number },
): Promise<{ rows: Array<{ id: string; name: string; data: string }>; more: boolean }> {
  let query = filteredQuery(db, collection, filters);
  const descending = page.sort.startsWith("-");
  const direction = descending ? "desc" : "asc";
  const beyond = descending ? "<" : ">";
  if (page.after !== null) {
    // No stored id holds U+0000, so the ids after "ab\0c" are exactly those after "ab".
    const id = page.after.id.split("\u0000")[0]!;
    const name = page.after.name;
    query =
      name === undefined
        ? query.where("id", beyond, id)
        : query.where((eb: Builder) => eb.or([eb("name", beyond, name), eb.and([eb("name", "=", name), eb("id", beyond, id)])]));
  }
  if (page.sort.endsWith("name")) query = query.orderBy("name", direction);
  const rows = await query.select(["id", "name", "data"]).orderBy("id", direction).limit(page.limit + 1).execute();
  return { rows: rows.slice(0, page.limit), more: rows.length > page.limit };
}

/** The JSON text of one record, or `undefined`. */
export async function getRecord(db: Database, collection: CollectionName, id: string): Promise<string | undefined> {
  if (holdsNul(id)) return undefined;
  const row = await db.selectFrom(storage[collection].table).select("data").where("id", "=", id).executeTakeFirst();
  return row?.data;
}

/** True when the collection holds a record with this id. */
export async function recordExists(db: Database, collection: CollectionName, id: string): Promise<boolean> {
  if (holdsNul(id)) return false;
  return (await db.selectFrom(storage[collection].table).select("id").where("id", "=", id).executeTakeFirst()) !== undefined;
}

/** Sums of `measure` per group, and the provenance of what was summed. */
export async function aggregateRecords(
  db: Database,
  collection: "talentDemand" | "talentSupply",
  filters: FilterValues,
  groupColumn: FilterColumn,
): Promise<{ items: Array<{ key: string; total: number; count: number }>; sample: boolean; sources: string[] }> {
  const base = filteredQuery(db, collection, filters);
  const groups = await base
    .select((eb) => [
      eb.ref(groupColumn).as("key"),
      eb.fn.coalesce(eb.fn.sum<number>("measure"), sql<number>`0`).as("total"),
      eb.fn.countAll<number>().as("count"),
    ])
    .groupBy(groupColumn)
    .orderBy(groupColumn)
    .execute();
  const provenance = await base.select(["source", "sample"]).distinct().orderBy("source").execute();
  return {
    items: groups.map((group) => ({ key: String(group.key), total: Number(group.total), count: Number(group.count) })),
    sample: provenance.some((row) => row.sample === 1),
    sources: [...new Set(provenance.map((row) => row.source))],
  };
}
