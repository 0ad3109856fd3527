import type { CollectionName, RecordOf } from "@chanjiao/sdk";
import { searchText } from "./query.js";
import { storage } from "./storage.js";
import type { RecordLinkRow, StoredRecordRow } from "./tables.js";

/** The stored row of a record that the contract has already checked: its JSON (`data`, when the caller has it), search text and filter columns. */
export function storedRowOf<N extends CollectionName>(name: N, record: RecordOf<N>, data: string = JSON.stringify(record)): StoredRecordRow {
  const spec = storage[name];
  const { id, sample, source } = record as { id: string; sample: boolean; source: string };
  return { id, name: searchText(spec.name(record)), data, sample: sample ? 1 : 0, source, ...spec.columns(record) };
}

/** The rows of a record's multi-valued attributes, each value once. */
export function linkRowsOf<N extends CollectionName>(name: N, record: RecordOf<N>): RecordLinkRow[] {
  const links = storage[name].links;
  if (!links) return [];
  const id = (record as { id: string }).id;
  const seen = new Set<string>();
  const rows: RecordLinkRow[] = [];
  for (const [attribute, value] of links(record)) {
    const key = JSON.stringify([attribute, value]);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ collection: name, record_id: id, attribute, value });
  }
  return rows;
}

/** Every row that stores a record: its own and those of its multi-valued attributes. */
export function storedRows<N extends CollectionName>(name: N, record: RecordOf<N>, data?: string): { stored: StoredRecordRow; links: RecordLinkRow[] } {
  return { stored: storedRowOf(name, record, data), links: linkRowsOf(name, record) };
}
