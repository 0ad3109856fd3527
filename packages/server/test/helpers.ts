import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ChangesPage, page, Problem } from "@chanjiao/sdk";
import pg from "pg";
import * as z from "zod/mini";
import { type RunningServer, startServer } from "../src/index.ts";

/**
 * The PostgreSQL server the suite runs against, when it does: scripts/with-postgres.sh sets
 * CHANJIAO_TEST_POSTGRES_URL to a database on a throwaway server. Unset, tests use SQLite files.
 */
export const testPostgresUrl: string | undefined = process.env.CHANJIAO_TEST_POSTGRES_URL || undefined;

/** A fresh, empty database of a test: its `--db` value, and a function that removes it. */
export interface TestDatabase {
  /** A SQLite file in a temp dir of its own, or the URL of a new PostgreSQL database. */
  location: string;
  drop(): Promise<void>;
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new empty database on the suite's database: a SQLite file in a new temp dir, or a new
 * PostgreSQL database (`test_` and random hex) on the server CHANJIAO_TEST_POSTGRES_URL names, so
 * that test files stay independent on either. `drop()` removes it, connections and all.
 */
export async function createTestDatabase(name = "test"): Promise<TestDatabase> {
  if (testPostgresUrl === undefined) {
    const directory = await mkdtemp(join(tmpdir(), `chanjiao-${name}-`));
    return { location: join(directory, `${name}.db`), drop: () => rm(directory, { recursive: true, force: true }) };
  }
  const database = `test_${name.toLowerCase().replace(/\W/g, "_").slice(0, 40)}_${randomBytes(6).toString("hex")}`;
  await onServer((client) => client.query(`create database "${database}"`));
  const url = new URL(testPostgresUrl);
  url.pathname = `/${database}`;
  return {
    location: url.toString(),
    drop: () =>
      onServer(async (client) => {
        // pg's Pool.end() returns before its connections have closed: give them a moment, so that
        // (force) does not cut one short and make its pool report a lost connection.
        for (let wait = 0; wait < 40; wait++) {
          const { rows } = await client.query("select count(*)::int as n from pg_stat_activity where datname = $1", [database]);
          if (rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        await client.query(`drop database if exists "${database}" with (force)`);
      }),
  };
}

/** A seeded server on a fresh database (see {@link createTestDatabase}), listening on a random port. */
export async function startTestServer(): Promise<{ server: RunningServer; api: string; stop(): Promise<void> }> {
  const database = await createTestDatabase();
  const server = await startServer({ db: database.location, port: 0 });
  return {
    server,
    api: `${server.url}/v1`,
    stop: async () => {
      await server.close();
      await database.drop();
    },
  };
}

/** GETs a URL and asserts the status and that the body matches the schema. */
export async function getValid<S extends z.core.$ZodType>(url: string, schema: S, status = 200): Promise<{ body: z.output<S>; response: Response }> {
  const response = await fetch(url);
  const text = await response.text();
  assert.equal(response.status, status, `${url} → ${response.status}: ${text.slice(0, 300)}`);
  const result = z.safeParse(schema, JSON.parse(text));
  assert.ok(result.success, `${url}: body does not match the contract: ${JSON.stringify(result.error?.issues.slice(0, 3))}`);
  return { body: result.data as z.output<S>, response };
}

/** GETs a URL expecting a problem response and returns it. */
export async function getProblem(url: string, status: number): Promise<z.output<typeof Problem>> {
  const { body, response } = await getValid(url, Problem, status);
  assert.match(response.headers.get("content-type") ?? "", /^application\/problem\+json/);
  assert.equal(body.status, status);
  assert.ok(body.requestId);
  return body;
}

/** Every record of a list, walking all pages; asserts no id repeats and ids ascend. */
export async function listAll<S extends z.core.$ZodType>(url: string, schema: S): Promise<Array<z.output<S>>> {
  const items: Array<z.output<S>> = [];
  let cursor: string | null = null;
  const separator = url.includes("?") ? "&" : "?";
  do {
    const next: string = cursor === null ? url : `${url}${separator}cursor=${encodeURIComponent(cursor)}`;
    const { body } = await getValid(next, page(schema));
    items.push(...(body.items as Array<z.output<S>>));
    cursor = body.nextCursor;
  } while (cursor !== null);
  const ids = items.map((item) => (item as { id: string }).id);
  assert.equal(new Set(ids).size, ids.length, `${url}: duplicate ids across pages`);
  assert.deepEqual(ids, [...ids].sort(), `${url}: pages are not in id order`);
  return items;
}

/** The `seq` at the end of the change feed: a test's own writes are logged after it (a seeded database's log holds the seed). */
export async function changeFeedEnd(api: string): Promise<number> {
  for (let after = 0; ; ) {
    const { body } = await getValid(`${api}/changes?after=${after}&limit=1000`, ChangesPage);
    if (!body.more) return body.next;
    after = body.next;
  }
}
