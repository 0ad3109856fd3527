import { mkdirSync, writeFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { collections, staticExportPath, type CollectionName } from "@chanjiao/sdk";
import { createApp } from "../app.js";
import type { Database } from "../db/open.js";
import { type PlanData, planWidgetReads } from "./plan.js";

/** What an export wrote. */
export interface ExportSummary {
  /** Files written, the OpenAPI document and the index included. */
  files: number;
  /** Their total size in bytes. */
  bytes: number;
  /** How long the export took, in milliseconds. */
  milliseconds: number;
}

// The index of /v1 has no file name of its own on a static host; this is the one the SDK maps `GET /v1` to.
const INDEX = staticExportPath("");

/**
 * Writes the public read API as static JSON files under `<out>/v1`: every collection unfiltered
 * (page by page, each next page filed under the cursor the server gave), every record, the
 * queries the widgets make for every value in the data (see `planWidgetReads`), the OpenAPI
 * document and the index. Each file is the body of the live answer, byte for byte, at the name
 * `staticExportPath` gives, so a client created with `static: true` reads it with the same calls.
 *
 * @throws Error when `out` exists and is not empty (a previous export's files would linger), or
 * when the API does not answer a planned read with 200.
 */
export async function exportStatic(db: Database, out: string): Promise<ExportSummary> {
  const started = performance.now();
  const existing = await readdir(out).catch(() => []);
  if (existing.length > 0) throw new Error(`export: ${out} is not empty; export into a new or empty directory.`);
  const app = createApp(db);
  const claimed = new Set<string>();
  const summary = { files: 0, bytes: 0 };

  const folders = new Set<string>();
  // Written synchronously: the files are small and each is written once, right after its answer.
  const save = (file: string, body: Uint8Array) => {
    const target = join(out, "v1", file);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(target, body);
    summary.files += 1;
    summary.bytes += body.byteLength;
  };

  const answer = async (path: string, query: URLSearchParams): Promise<Uint8Array> => {
    const search = query.size ? `?${query}` : "";
    const response = await app.request(`/v1${path ? `/${path}` : ""}${search}`);
    const body = new Uint8Array(await response.arrayBuffer());
    if (response.status !== 200) throw new Error(`export: GET /v1/${path}${search} answered ${response.status}: ${new TextDecoder().decode(body).slice(0, 300)}`);
    return body;
  };

  const exportRead = async (path: string, query: Record<string, string>): Promise<Uint8Array | undefined> => {
    const search = new URLSearchParams(query);
    const file = staticExportPath(path, search);
    // Claimed before the request, so a read that several plans share is made once even when they run at once.
    if (claimed.has(file)) return undefined;
    claimed.add(file);
    const body = await answer(path, search);
    save(file, body);
    return body;
  };

  /** Exports a list and each page after it; answers the items of every page, or none when already exported. */
  const exportList = async (path: string, query: Record<string, string>): Promise<unknown[]> => {
    const items: unknown[] = [];
    let cursor: string | null = null;
    do {
      const body = await exportRead(path, cursor === null ? query : { ...query, cursor });
      if (body === undefined) return items;
      const page = JSON.parse(new TextDecoder().decode(body)) as { items: unknown[]; nextCursor: string | null };
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return items;
  };

  save(INDEX, await answer("", new URLSearchParams()));
  save("openapi.json", await answer("openapi.json", new URLSearchParams()));

  const records = {} as Record<CollectionName, Array<{ id: string }>>;
  await inParallel(Object.entries(collections) as Array<[CollectionName, { path: string }]>, async ([name, { path }]) => {
    await exportList(path, {});
    records[name] = (await exportList(path, { limit: "200" })) as Array<{ id: string }>;
  });
  const recordPaths = Object.entries(collections).flatMap(([name, { path }]) => records[name as CollectionName].map(({ id }) => `${path}/${encodeURIComponent(id)}`));
  await inParallel(recordPaths, (path) => exportRead(path, {}));
  await inParallel(planWidgetReads(records as unknown as PlanData), (read) => (read.paged ? exportList(read.path, read.query) : exportRead(read.path, read.query)));
  return { ...summary, milliseconds: performance.now() - started };
}

// The database answers one query at a time, but hashing ETags and writing files overlap with it.
const CONCURRENCY = 8;

async function inParallel<T>(tasks: readonly T[], run: (task: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await run(tasks[next++]!);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}
