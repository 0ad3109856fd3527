import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import { type RunningServer, startServer } from "../src/index.ts";
import { createTestDatabase, type TestDatabase, testPostgresUrl } from "./helpers.ts";

// Runs in the PostgreSQL pass of the suite only (see scripts/with-postgres.sh).
let database: TestDatabase;
let server: RunningServer;
let admin: pg.Client;
let name: string;

before(async () => {
  if (testPostgresUrl === undefined) return;
  database = await createTestDatabase("faults");
  server = await startServer({ db: database.location, port: 0 });
  name = new URL(database.location).pathname.slice(1);
  admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
});
after(async () => {
  if (testPostgresUrl === undefined) return;
  await admin.query(`alter database "${name}" allow_connections true`);
  await admin.end();
  await server?.close();
  await database?.drop();
});

/** Ends every connection of the server to its database, as a PostgreSQL restart or failover does. */
async function dropConnections(): Promise<void> {
  await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [name]);
}

describe("PostgreSQL out of reach", { skip: testPostgresUrl === undefined && "runs against PostgreSQL only" }, () => {
  it("answers 503 with Retry-After, not 500, while the database refuses connections, and recovers after", async () => {
    const path = `${server.url}/v1/consortia?limit=1`;
    assert.equal((await fetch(path)).status, 200);
    await admin.query(`alter database "${name}" allow_connections false`);
    try {
      await dropConnections();
      for (const target of [path, `${server.url}/v1/talent/gaps?groupBy=level`, `${server.url}/v1/talent-demand/aggregate?groupBy=level`]) {
        const refused = await fetch(target);
        const problem = (await refused.json()) as { status: number; detail: string };
        assert.equal(refused.status, 503, `${target}: ${JSON.stringify(problem)}`);
        assert.ok(Number(refused.headers.get("retry-after")) > 0, "Retry-After");
        // A pooled connection may be found cut before a new one is refused: both say to come back.
        assert.match(problem.detail, /cannot be reached|connection to the store was lost/);
      }
      // Once no cut connection is left in the pool (10 at most), a new one is refused.
      let detail = "";
      for (let attempt = 0; attempt < 12 && !/cannot be reached/.test(detail); attempt++) {
        const refused = await fetch(path);
        assert.equal(refused.status, 503);
        ({ detail } = (await refused.json()) as { detail: string });
      }
      assert.match(detail, /cannot be reached/);
    } finally {
      await admin.query(`alter database "${name}" allow_connections true`);
    }
    assert.equal((await fetch(path)).status, 200);
  });

  it("answers requests on connections cut under it with 503 and Retry-After, then serves on without a restart", async () => {
    const round = () => Promise.all(Array.from({ length: 6 }, () => fetch(`${server.url}/v1/regions?limit=1`)));
    for (let cut = 0; cut < 3; cut++) {
      const during = round();
      await dropConnections();
      for (const response of [...(await during), ...(await round())]) {
        // A request whose pooled connection was cut cannot be answered, but is told to come back.
        if (response.status === 503) assert.equal(response.headers.get("retry-after"), "1");
        else assert.equal(response.status, 200);
      }
      const after = await round();
      assert.deepEqual(
        after.map((response) => response.status),
        [200, 200, 200, 200, 200, 200],
        "the pool connected afresh",
      );
    }
  });
});
