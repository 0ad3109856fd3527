import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { openDatabase, type RunningServer, seedDatabase, startServer } from "../src/index.ts";
import { createTestDatabase, type TestDatabase, testPostgresUrl } from "./helpers.ts";

const packageDirectory = fileURLToPath(new URL("..", import.meta.url));
let database: TestDatabase;
/** The `--db` value: a SQLite file, or a PostgreSQL URL. */
let file: string;
let server: RunningServer | undefined;
let organisationId: string;

before(async () => {
  database = await createTestDatabase("keys");
  file = database.location;
  const db = await openDatabase(file);
  await seedDatabase(db);
  organisationId = (await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").orderBy("id").executeTakeFirstOrThrow()).id;
  await db.destroy();
});
after(async () => {
  await server?.close();
  await database?.drop();
});

/** Runs the CLI to completion and returns its exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions", "source", "src/cli.ts", ...args], { cwd: packageDirectory });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, "exit")) as [number];
  return { code, stdout, stderr };
}

const posting = { region: "320500", industry: "新材料", occupation: "检测员", majorCategoryId: "mc-43", level: "高职专科", headcount: 2, period: 2030 };
const post = (api: string, key: string) =>
  fetch(`${api}/talent-demand`, { method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" }, body: JSON.stringify(posting) });

describe("chanjiao-server keys", () => {
  it("creates a key printed once and stored hashed, lists it without the secret, and revokes it", async () => {
    const created = await cli("keys", "create", "--db", file, "--organisation", organisationId, "--name", "整合平台");
    assert.equal(created.code, 0, created.stderr);
    const key = created.stdout.trim();
    assert.match(key, /^cjk_[A-Za-z0-9_-]{43}$/);
    const id = /(key-[0-9a-f-]+)/.exec(created.stderr)?.[1];
    assert.ok(id, created.stderr);

    const listed = await cli("keys", "list", "--db", file);
    assert.equal(listed.code, 0, listed.stderr);
    assert.match(listed.stdout, new RegExp(`${id}\\t${key.slice(0, 10)}…\\t${organisationId}\\teditor\\t整合平台\\t\\S+\\tactive`));
    assert.ok(!listed.stdout.includes(key), "list shows no secret");
    const db = await openDatabase(file);
    const stored = await db.selectFrom("api_keys").selectAll().execute();
    await db.destroy();
    assert.equal(stored.length, 1);
    assert.ok(!JSON.stringify(stored).includes(key), "the table holds the plain key");
    if (testPostgresUrl === undefined) {
      // SQLite only: not in the file, its journal or its WAL either.
      const directory = dirname(file);
      for (const name of await readdir(directory)) {
        assert.ok(!(await readFile(join(directory, name))).includes(key), `${name} holds the plain key`);
      }
    }

    server = await startServer({ db: file, port: 0 });
    const api = `${server.url}/v1`;
    const accepted = await post(api, key);
    assert.equal(accepted.status, 201);
    assert.equal(((await accepted.json()) as { publisherId: string }).publisherId, organisationId);

    const revoked = await cli("keys", "revoke", id, "--db", file);
    assert.equal(revoked.code, 0, revoked.stderr);
    const refused = await post(api, key);
    assert.equal(refused.status, 401);
    await refused.text();
    assert.match((await cli("keys", "list", "--db", file)).stdout, /\trevoked \S+/);
    assert.equal((await cli("keys", "revoke", id, "--db", file)).code, 1, "a key is revoked once");
  });

  it("refuses an unknown organisation and a missing one", async () => {
    const unknown = await cli("keys", "create", "--db", file, "--organisation", "org-nobody");
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /No organisation/);
    assert.equal(unknown.stdout, "");
    const missing = await cli("keys", "create", "--db", file);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--organisation/);
  });
});
