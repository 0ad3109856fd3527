// PostgreSQL only: the same seeded data served from SQLite and from PostgreSQL gives the same
// answers, byte for byte: order of ids and group keys, text search, sums and counts as numbers.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { collections, endpoints } from "@chanjiao/sdk";
import { type RunningServer, startServer } from "../src/index.ts";
import { createTestDatabase, type TestDatabase, testPostgresUrl } from "./helpers.ts";

let directory: string;
let database: TestDatabase;
let sqlite: RunningServer;
let postgres: RunningServer;

before(async () => {
  if (testPostgresUrl === undefined) return;
  directory = await mkdtemp(join(tmpdir(), "chanjiao-parity-"));
  database = await createTestDatabase("parity");
  [sqlite, postgres] = await Promise.all([startServer({ db: join(directory, "parity.db"), port: 0 }), startServer({ db: database.location, port: 0 })]);
});
after(async () => {
  await sqlite?.close();
  await postgres?.close();
  await database?.drop();
  if (directory) await rm(directory, { recursive: true, force: true });
});

const derivedPaths = Object.values(endpoints).map((endpoint) => endpoint.path);

/** GETs a path (under /v1) from both servers and asserts the same status, body and ETag; returns the body. */
async function same(path: string): Promise<string> {
  const [a, b] = await Promise.all([fetch(`${sqlite.url}/v1/${path}`), fetch(`${postgres.url}/v1/${path}`)]);
  const [textA, textB] = await Promise.all([a.text(), b.text()]);
  assert.equal(b.status, a.status, `${path}: ${b.status} on PostgreSQL, ${a.status} on SQLite: ${textB.slice(0, 300)}`);
  if (a.status >= 400) {
    // Problems name their request id, which differs; the rest must not.
    const strip = (text: string) => ({ ...(JSON.parse(text) as object), requestId: undefined });
    assert.deepEqual(strip(textB), strip(textA), path);
    return textA;
  }
  assert.equal(textB, textA, `${path}: PostgreSQL answers otherwise than SQLite`);
  // Pages and derived reads carry their database's data version as their ETag, which two databases
  // never share; a record's ETag is a digest of the record, and must agree.
  const versionTagged = derivedPaths.some((derived) => path.startsWith(derived)) || "items" in (JSON.parse(textA) as object);
  if (!versionTagged) assert.equal(b.headers.get("etag"), a.headers.get("etag"), `${path}: ETag`);
  return textA;
}

/** Walks every page of a list on both servers, comparing each. */
async function samePages(path: string): Promise<number> {
  let pages = 0;
  let cursor: string | null = null;
  do {
    const separator = path.includes("?") ? "&" : "?";
    const body = JSON.parse(await same(cursor === null ? path : `${path}${separator}cursor=${encodeURIComponent(cursor)}`)) as { nextCursor: string | null };
    cursor = body.nextCursor;
    pages++;
  } while (cursor !== null);
  return pages;
}

const e = encodeURIComponent;

describe("SQLite and PostgreSQL answer alike", { skip: testPostgresUrl === undefined && "runs in the PostgreSQL pass of the suite (scripts/with-postgres.sh)" }, () => {
  it("every page of every collection, and records by id", async () => {
    for (const collection of Object.values(collections)) {
      await samePages(`${collection.path}?limit=200`);
      const first = JSON.parse(await same(`${collection.path}?limit=3`)) as { items: Array<{ id: string }> };
      for (const item of first.items) await same(`${collection.path}/${e(item.id)}`);
      await same(`${collection.path}/no-such-id`);
    }
  });

  it("filters, ranges and multi-valued filters", async () => {
    const paths = [
      "regions?level=city",
      "regions?parent=320000",
      "consortia?region=320000",
      "consortia?region=320500",
      "consortia?kind=industry",
      `consortia?industry=${e("节能与新能源汽车")}`,
      "consortia?batch=2",
      `majors?majorCategoryId=mc-46&level=${e("高职专科")}`,
      "talent-demand?region=440000&period=2022-2024&limit=200",
      `talent-demand?majorCategoryId=mc-51&level=${e("中职")}&limit=200`,
      "talent-demand?status=filled&limit=200",
      "talent-supply?region=320500&period=2025&limit=200",
      "practice-centres?function=teaching",
      `programmes?trainingMode=${e("学徒制")}`,
      `cooperation-projects?country=${e("埃及")}`,
      "cooperation-projects?field=robot",
      "cooperation-projects?field=ROBOT",
      "events?year=2024",
    ];
    for (const path of paths) await samePages(path);
  });

  it("q: ASCII letters in any case, Chinese text, LIKE wildcards and characters PostgreSQL cannot store", async () => {
    const queries = ["luban", "LUBAN", "Luban", "jiangsu", "JiAnGsU", "鲁班", "工坊", "江苏", "%", "_", "\\", "100%", "a_b", "É", "é", "\u0000", "a\u0000b", " ", "😀"];
    for (const q of queries) {
      for (const collection of ["regions", "cooperation-projects", "organisations", "consortia", "talent-demand"]) await samePages(`${collection}?q=${e(q)}&limit=200`);
    }
    assert.notEqual(await same(`cooperation-projects?q=LUBAN`), `{"items":[],"nextCursor":null}`, "q ignores the case of ASCII letters");
  });

  it("aggregates, gaps, signals and counts", async () => {
    for (const groupBy of ["majorCategory", "industry", "level", "region", "period"]) {
      await same(`talent-demand/aggregate?groupBy=${groupBy}`);
      await same(`talent-demand/aggregate?groupBy=${groupBy}&region=440000&period=2023-2025`);
      if (groupBy !== "industry") await same(`talent-supply/aggregate?groupBy=${groupBy}&region=320000`);
    }
    for (const groupBy of ["majorCategory", "industry", "level", "region"]) {
      await same(`talent/gaps?groupBy=${groupBy}`);
      await same(`talent/gaps?groupBy=${groupBy}&region=320000&period=2022-2024`);
      await same(`talent/gaps?groupBy=${groupBy}&industry=${e("新材料")}&level=${e("高职专科")}`);
    }
    for (const query of ["", "region=320000", "region=440300&periods=2", "threshold=1.2&periods=4", "period=2023"]) await same(`talent/signals?${query}`);
    for (const query of ["", "province=320000", "kind=city", `industry=${e("节能与新能源汽车")}`, "province=990000"]) await same(`consortia/counts?${query}`);
  });
});
