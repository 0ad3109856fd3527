import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { collections, page, Problem, type TalentDemandCreate } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { openReadOnlyDatabase } from "../src/db/open-served.ts";
import { createApiKey, createApp, openDatabase, seedDatabase, startServer } from "../src/index.ts";
import { runCli } from "./cli-process.ts";

let directory: string;
let file: string;
let key: string;

before(async () => {
  directory = await mkdtemp(join(tmpdir(), "chanjiao-read-only-"));
  file = join(directory, "store.db");
  const db = await openDatabase(file);
  await seedDatabase(db);
  const organisation = await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").executeTakeFirstOrThrow();
  key = (await createApiKey(db, { organisationId: organisation.id })).key;
  await db.destroy();
});
after(() => rm(directory, { recursive: true, force: true }));

const posting: TalentDemandCreate = { region: "320500", industry: "新材料", occupation: "材料检测员", majorCategoryId: "mc-43", level: "高职专科", headcount: 3, period: 2033 };
const postInit = (): RequestInit => ({ method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" }, body: JSON.stringify(posting) });

async function demandCount(): Promise<number> {
  const db = await openDatabase(file);
  const { count } = await db.selectFrom("talent_demand").select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow();
  await db.destroy();
  return Number(count);
}

describe("a store that cannot be written", () => {
  it("--read-only serves reads and answers writes with a 503 problem, changing nothing", async () => {
    const before = await demandCount();
    const server = await startServer({ db: file, port: 0, readOnly: true });
    try {
      const list = await fetch(`${server.url}/v1/talent-demand?limit=5`);
      assert.equal(list.status, 200);
      assert.equal(z.parse(page(collections.talentDemand.schema), await list.json()).items.length, 5);
      const write = await fetch(`${server.url}/v1/talent-demand`, postInit());
      assert.equal(write.status, 503);
      const problem = z.parse(Problem, await write.json());
      assert.match(problem.detail ?? "", /read-only/);
    } finally {
      await server.close();
    }
    assert.equal(await demandCount(), before);
  });

  it("answers a write the database refuses with 503, not 500, and keeps serving reads", async () => {
    // Opened read-only but not told so: as a file whose permissions changed under a running server.
    const db = await openReadOnlyDatabase(file);
    try {
      const app = createApp(db);
      const write = await app.request("http://127.0.0.1/v1/talent-demand", postInit());
      assert.equal(write.status, 503, await write.clone().text());
      assert.match(z.parse(Problem, await write.json()).detail ?? "", /read-only/);
      assert.equal((await app.request("http://127.0.0.1/v1/regions?limit=1")).status, 200);
    } finally {
      await db.destroy();
    }
  });

  it("--read-only refuses a missing file with a message naming it", async () => {
    const missing = join(directory, "missing.db");
    await assert.rejects(startServer({ db: missing, port: 0, readOnly: true }), (error: Error) => error.message.includes(`Cannot open the database ${missing}`));
  });
});

describe("CLI start-up errors", () => {
  it("exits non-zero with a clear message when the database directory does not exist, or an option is malformed", async () => {
    const missing = join(directory, "no-such-directory", "x.db");
    const [missingDirectory, badOption] = await Promise.all([
      runCli(["--db", missing, "--port", "0"]),
      runCli(["--db", file, "--port", "0", "--cors-origin", "https://a.example,https://b.example/path"]),
    ]);
    assert.equal(missingDirectory.code, 1);
    assert.match(missingDirectory.stderr, new RegExp(`Cannot open the database ${missing.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .*directory does not exist`));
    assert.equal(badOption.code, 2);
    assert.match(badOption.stderr, /Invalid --cors-origin "https:\/\/b\.example\/path"/);
  });
});
