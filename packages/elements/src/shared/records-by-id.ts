import type { BaseClient, CollectionDefinition, RecordsClient } from "@chanjiao/sdk";

type RecordOfDefinition<D extends CollectionDefinition> = Awaited<ReturnType<RecordsClient<D>["get"]>>;

/**
 * The records of `definition` named by `ids`, each fetched once however often it is named, all at
 * once. A record that cannot be read is left out: a missing partner or school name should not
 * fail the widget that mentions it.
 */
export async function recordsById<D extends CollectionDefinition>(
  client: BaseClient,
  definition: D,
  ids: Iterable<string>,
  signal: AbortSignal,
): Promise<Map<string, RecordOfDefinition<D>>> {
  const unique = [...new Set(ids)];
  const records = client.collection(definition);
  const results = await Promise.allSettled(unique.map((id) => records.get(id, { signal })));
  signal.throwIfAborted();
  const found = new Map<string, RecordOfDefinition<D>>();
  results.forEach((result, index) => {
    if (result.status === "fulfilled") found.set(unique[index]!, result.value);
  });
  return found;
}
