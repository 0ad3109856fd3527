import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { collections, staticExportPath } from "@chanjiao/sdk";
import { createApp } from "../src/app.ts";
import { type Database, openDatabase } from "../src/db/open.ts";
import { runExportCommand } from "../src/export/cli.ts";
import { type ExportSummary, exportStatic } from "../src/export/export-static.ts";
import { seedDatabase } from "../src/seed/load.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

let database: TestDatabase;
let db: Database;
let out: string;
let summary: ExportSummary;

before(async () => {
  database = await createTestDatabase("export");
  db = await openDatabase(database.location);
  // Fewer postings than the default seed: the export writes a file per record, and the test needs only some.
  await seedDatabase(db, { demandCount: 300 });
  out = await mkdtemp(join(tmpdir(), "chanjiao-export-"));
  summary = await exportStatic(db, out);
});

after(async () => {
  await db?.destroy();
  await rm(out, { recursive: true, force: true });
  await database?.drop();
});

/** The live answer's body and the exported file of the same read. */
async function liveAndExported(path: string, query: Record<string, string> = {}): Promise<{ live: string; exported: string }> {
  const search = new URLSearchParams(query);
  const response = await createApp(db).request(`/v1/${path}${search.size ? `?${search}` : ""}`);
  assert.equal(response.status, 200, `live ${path}?${search}`);
  const exported = await readFile(join(out, "v1", staticExportPath(path, search)), "utf8");
  return { live: await response.text(), exported };
}

/** Every id of a collection, walked through the live API 200 at a time. */
async function liveRecordIds(path: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const response = await createApp(db).request(`/v1/${path}?limit=200${cursor === null ? "" : `&cursor=${cursor}`}`);
    const page = (await response.json()) as { items: Array<{ id: string }>; nextCursor: string | null };
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return ids;
}

async function filesUnder(directory: string): Promise<Array<{ path: string; size: number }>> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries.filter((entry) => entry.isFile()).map(async (entry) => ({ path: join(entry.parentPath, entry.name), size: (await stat(join(entry.parentPath, entry.name))).size })),
  );
}

describe("chanjiao-server export", () => {
  it("writes every file it reports under <out>/v1, and nothing beside it", async () => {
    const files = await filesUnder(out);
    assert.equal(files.length, summary.files);
    assert.equal(files.reduce((total, file) => total + file.size, 0), summary.bytes);
    assert.ok(files.every((file) => file.path.startsWith(join(out, "v1"))));
    assert.ok(files.every((file) => /^[a-z0-9_~.\-/]+$/.test(file.path.slice(out.length))), "only portable characters in file names");
  });

  it("writes the index and the OpenAPI document as the live API answers them", async () => {
    for (const [path, file] of [["/v1", "index.json"], ["/v1/openapi.json", "openapi.json"]] as const) {
      const response = await createApp(db).request(path);
      assert.equal(await readFile(join(out, "v1", file), "utf8"), await response.text(), path);
    }
  });

  it("writes every record byte for byte as the live API answers it", async () => {
    for (const { path } of Object.values(collections)) {
      const ids = await liveRecordIds(path);
      assert.ok(ids.length > 0, `${path} has records`);
      for (const id of [ids[0]!, ids[Math.floor(ids.length / 2)]!, ids.at(-1)!]) {
        const { live, exported } = await liveAndExported(`${path}/${encodeURIComponent(id)}`);
        assert.equal(exported, live, `${path}/${id}`);
      }
    }
  });

  it("chains the pages of a list through the cursors the server gave", async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = cursor === null ? {} : { cursor };
      const { live, exported } = await liveAndExported(collections.talentSupply.path, query);
      assert.equal(exported, live);
      const page = JSON.parse(exported) as { items: Array<{ id: string }>; nextCursor: string | null };
      ids.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    assert.ok(ids.length > 1000, "many pages were followed");
    assert.equal(new Set(ids).size, ids.length, "no record twice");
    assert.equal(ids.length, (await liveRecordIds(collections.talentSupply.path)).length);
  });

  it("answers the widgets' queries for every value in the data, as the live API does", async () => {
    const schools = (JSON.parse((await liveAndExported("schools", { limit: "200" })).exported) as { items: Array<{ id: string }> }).items;
    for (const { id } of schools) {
      const { live, exported } = await liveAndExported("programmes", { schoolId: id, limit: "200" });
      assert.equal(exported, live, `programmes of ${id}`);
    }
    const gapQueries: Array<Record<string, string>> = [{ groupBy: "majorCategory", region: "320000" }, { groupBy: "level", region: "440000" }, { groupBy: "industry" }];
    for (const query of gapQueries) {
      const { live, exported } = await liveAndExported("talent/gaps", query);
      assert.equal(exported, live, `gaps ${JSON.stringify(query)}`);
    }
    for (const query of [{}, { industry: "新材料" }] as Array<Record<string, string>>) {
      const { live, exported } = await liveAndExported("consortia/counts", query);
      assert.equal(exported, live, `counts ${JSON.stringify(query)}`);
    }
    const { live, exported } = await liveAndExported("provincial-lists", { province: "330000", kind: "policy-support", limit: "200" });
    assert.equal(exported, live);
  });

  it("files each read at the documented canonical name", async () => {
    for (const file of ["index.json", "openapi.json", "consortia.json", "consortia/counts.json", "talent/gaps/q/group_by.level.region.320000.json", "consortia/counts/q/industry.~e6~96~b0~e6~9d~90~e6~96~99.json"]) {
      await stat(join(out, "v1", file));
    }
  });

  it("refuses to write into a directory that is not empty, and leaves it as it was", async () => {
    const directory = await mkdtemp(join(tmpdir(), "chanjiao-export-busy-"));
    try {
      await writeFile(join(directory, "keep.txt"), "mine");
      await assert.rejects(exportStatic(db, directory), /is not empty/);
      assert.deepEqual(await readdir(directory), ["keep.txt"]);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it("the command asks for --out when it is missing", async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      assert.equal(await runExportCommand(["--db", database.location]), 2);
    } finally {
      console.error = original;
    }
    assert.match(errors.join("\n"), /export needs --out DIR/);
  });
});
