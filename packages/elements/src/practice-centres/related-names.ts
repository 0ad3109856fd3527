import { consortia, organisations, type BaseClient, type PracticeCentre } from "@chanjiao/sdk";
import { recordsById } from "../shared/records-by-id.js";

/** The operator and consortium ids the given centres refer to, sorted and without repeats. */
export function relatedIds(centres: readonly PracticeCentre[]): { operators: string[]; consortia: string[] } {
  const unique = (ids: Array<string | null>) => [...new Set(ids.filter((id): id is string => id !== null))].sort();
  return { operators: unique(centres.map((centre) => centre.operatorId)), consortia: unique(centres.map((centre) => centre.consortiumId)) };
}

/** A record's name in Chinese and, where the data has one, English. */
export interface RelatedName {
  name: string;
  nameEn: string | null;
}

/** The names of the operators and consortia with these ids, keyed by id; unreadable ones are left out. */
export async function loadRelatedNames(
  client: BaseClient,
  ids: ReturnType<typeof relatedIds>,
  signal: AbortSignal,
): Promise<Map<string, RelatedName>> {
  const [operators, consortiaFound] = await Promise.all([
    recordsById(client, organisations, ids.operators, signal),
    recordsById(client, consortia, ids.consortia, signal),
  ]);
  return new Map([...operators, ...consortiaFound].map(([id, record]) => [id, { name: record.name, nameEn: "nameEn" in record ? record.nameEn : null }]));
}
