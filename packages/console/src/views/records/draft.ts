type AnyRecord = Record<string, unknown>;

/** The value at a path of a draft (`["council", "0", "title"]`). */
export function valueAt(draft: unknown, path: readonly string[]): unknown {
  let value = draft;
  for (const step of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as AnyRecord)[step];
  }
  return value;
}

/** A copy of the draft with the value at a path replaced; the draft itself is never changed. */
export function withValueAt<T>(draft: T, path: readonly string[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [step, ...rest] = path as [string, ...string[]];
  if (Array.isArray(draft)) {
    const copy = [...draft];
    copy[Number(step)] = withValueAt(copy[Number(step)], rest, value);
    return copy as T;
  }
  const object = (draft ?? {}) as AnyRecord;
  return { ...object, [step]: withValueAt(object[step], rest, value) } as T;
}

/** The top-level fields whose values differ between two versions of a record. */
export function changedFields(before: AnyRecord, after: AnyRecord): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
}

/** The fields of `after` that differ from `before`, with their new values: a patch. */
export function patchOf(before: AnyRecord, after: AnyRecord): AnyRecord {
  return Object.fromEntries(changedFields(before, after).filter((name) => name in after).map((name) => [name, after[name]]));
}
