// Property-based fuzzing of every endpoint: whatever the query, id or body, the answer is never a
// 500, a 2xx body always matches its contract schema and a 4xx is always a valid problem.
// Runs are seeded: set CHANJIAO_FUZZ_SEED to replay the seed a failure prints.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { collections, endpoints, page, Problem, TalentDemand } from "@chanjiao/sdk";
import fc from "fast-check";
import * as z from "zod/mini";
import { createApiKey, openDatabase, type RunningServer, startServer } from "../src/index.ts";

const seed = Number(process.env.CHANJIAO_FUZZ_SEED ?? 20_260_401);

let directory: string;
let server: RunningServer;
let api: string;
let key: string;
let ownPostingId: string;

before(async () => {
  directory = await mkdtemp(join(tmpdir(), "chanjiao-fuzz-"));
  const file = join(directory, "fuzz.db");
  server = await startServer({ db: file, port: 0, writeRate: { requests: 100_000, perSeconds: 60 } });
  api = `${server.url}/v1`;
  const db = await openDatabase(file);
  const organisation = await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").executeTakeFirstOrThrow();
  key = (await createApiKey(db, { organisationId: organisation.id })).key;
  await db.destroy();
  const created = await fetch(`${api}/talent-demand`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ region: "320500", industry: "新材料", occupation: "质检员", majorCategoryId: "mc-43", level: "高职专科", headcount: 1, period: 2030 }),
  });
  ownPostingId = z.parse(TalentDemand, await created.json()).id;
});
after(async () => {
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

/** Runs a property with the suite's seed; a failure names the seed and the shrunk input. */
async function check<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, property: (value: T) => Promise<void>): Promise<void> {
  await fc.assert(fc.asyncProperty(arbitrary, property), { numRuns, seed, endOnFailure: true });
}

/** Asserts the answer keeps the contract: no 5xx; 2xx matches `schema`; 4xx is a problem with the same status. */
async function assertContract(url: string, response: Response, schema: z.core.$ZodType | null): Promise<void> {
  const text = await response.text();
  const where = `${response.status} for ${url.slice(0, 300)}: ${text.slice(0, 300)}`;
  assert.ok(response.status < 500, where);
  if (response.status >= 400) {
    assert.match(response.headers.get("content-type") ?? "", /^application\/problem\+json/, where);
    const problem = z.safeParse(Problem, JSON.parse(text));
    assert.ok(problem.success && problem.data.status === response.status, where);
  } else if (schema) {
    assert.ok(response.status >= 200 && response.status < 300, where);
    const body = z.safeParse(schema, JSON.parse(text));
    assert.ok(body.success, `${where}\n${JSON.stringify(body.error?.issues.slice(0, 3))}`);
  }
}

const hostileText = fc.constantFrom(
  "",
  " ",
  "' OR 1=1 --",
  "1; DROP TABLE talent_demand",
  '"); DELETE FROM api_keys; --',
  "%",
  "%00",
  "\u0000",
  "../..",
  "<script>alert(1)</script>",
  "😀",
  "\u202e",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "9007199254740993",
);
const plausibleValue = fc.constantFrom("0", "1", "-1", "2", "50", "200", "201", "320000", "320500", "440000", "2025", "2021-2025", "city", "province", "enterprise", "高职专科", "新材料", "mc-43", "true", "majorCategory", "region", "industry", "level");
const queryValue = fc.oneof(
  { arbitrary: plausibleValue, weight: 6 },
  { arbitrary: hostileText, weight: 3 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }), weight: 2 },
  { arbitrary: fc.integer().map(String), weight: 1 },
  { arbitrary: fc.string({ minLength: 600, maxLength: 3000 }), weight: 1 },
);

/**
 * A query string over a schema's parameter names, unknown names and duplicates included, sometimes
 * sent unencoded; after one of `bases` (valid queries), so that answers other than 400 come too.
 */
function queryString(names: readonly string[], bases: readonly string[] = [""]): fc.Arbitrary<string> {
  const name = fc.oneof({ arbitrary: fc.constantFrom(...names), weight: 8 }, { arbitrary: fc.string({ maxLength: 12 }), weight: 1 });
  const pairs = fc.oneof({ arbitrary: fc.array(fc.tuple(name, plausibleValue), { maxLength: 2 }), weight: 1 }, { arbitrary: fc.array(fc.tuple(name, queryValue), { maxLength: 4 }), weight: 2 });
  return fc.tuple(fc.constantFrom(...bases), pairs, fc.boolean()).map(([base, entries, raw]) =>
    [base, ...entries.map(([parameter, value]) => (raw ? `${parameter}=${value}` : `${encodeURIComponent(parameter)}=${encodeURIComponent(value)}`))].filter(Boolean).join("&"),
  );
}

/** Valid queries of the endpoints whose query has a required parameter. */
const endpointBases: Record<string, string[]> = {
  demandAggregate: ["groupBy=region", "groupBy=majorCategory", "groupBy=period"],
  supplyAggregate: ["groupBy=level", "groupBy=period"],
  talentGaps: ["groupBy=majorCategory", "groupBy=industry", "groupBy=region"],
};

const namesOf = (schema: z.ZodMiniObject) => Object.keys(schema.def.shape);

const hostileId = fc.oneof(
  fc.constantFrom("..", ".", "%00", "%2e%2e", "%2F", "😀", "a".repeat(10_000), "luban-thailand", "aggregate", "counts", " ", "%"),
  fc.string({ minLength: 1, maxLength: 60 }).map(encodeURIComponent),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }).map(encodeURIComponent),
);

describe("fuzzing every endpoint", () => {
  for (const collection of Object.values(collections)) {
    it(`GET /v1/${collection.path}: random queries and ids keep the contract`, async () => {
      const firstPage = (await (await fetch(`${api}/${collection.path}?limit=3`)).json()) as { items: Array<{ id: string }> };
      const knownIds = firstPage.items.map((item) => encodeURIComponent(item.id));
      const recordId = fc.oneof({ arbitrary: fc.constantFrom(...knownIds), weight: 1 }, { arbitrary: hostileId, weight: 2 });
      await check(queryString(namesOf(collection.filters), ["", "limit=3"]), 30, async (query) => {
        const url = `${api}/${collection.path}?${query}`;
        await assertContract(url, await fetch(url), page(collection.schema));
      });
      await check(recordId, 20, async (id) => {
        const url = `${api}/${collection.path}/${id}`;
        // Dot segments leave the collection (`/v1/consortia/..` is `/v1`): then only "no 5xx" applies.
        const stillARecord = new URL(url).pathname.startsWith(`/v1/${collection.path}/`) && !/^(aggregate|counts)$/.test(id);
        await assertContract(url, await fetch(url), stillARecord ? collection.schema : null);
      });
    });
  }

  for (const [name, endpoint] of Object.entries(endpoints)) {
    it(`GET /v1/${endpoint.path} (${name}): random queries keep the contract`, async () => {
      await check(queryString(namesOf(endpoint.query), endpointBases[name]), 60, async (query) => {
        const url = `${api}/${endpoint.path}?${query}`;
        await assertContract(url, await fetch(url), endpoint.response);
      });
    });
  }

  const fieldValue = fc.oneof(queryValue, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }));
  const postingLike = fc.dictionary(
    fc.oneof(fc.constantFrom("region", "industry", "occupation", "majorCategoryId", "level", "headcount", "period", "status", "id", "publisherId"), fc.string({ maxLength: 10 })),
    fieldValue,
    { maxKeys: 9 },
  );
  const validPosting = { region: "320500", industry: "新材料", occupation: "质检员", majorCategoryId: "mc-43", level: "高职专科", headcount: 2, period: 2030 };
  // A valid posting with a field or two spoiled, or a valid change (a subset of its fields).
  const nearlyValid = fc.oneof(
    postingLike.filter((overrides) => Object.keys(overrides).length <= 2).map((overrides) => ({ ...validPosting, ...overrides })),
    fc.subarray(Object.entries(validPosting), { minLength: 1 }).map((entries) => Object.fromEntries(entries)),
  );
  const writeBody = fc.oneof(
    { arbitrary: nearlyValid.map((body) => JSON.stringify(body)), weight: 3 },
    { arbitrary: postingLike.map((body) => JSON.stringify(body)), weight: 4 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((body) => JSON.stringify(body)), weight: 2 },
    { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
  );
  const signed = () => ({ Authorization: `Bearer ${key}`, "Content-Type": "application/json" });

  it("POST /v1/talent-demand: random bodies keep the contract", async () => {
    await check(fc.tuple(writeBody, fc.option(fc.string({ maxLength: 300 }), { nil: undefined })), 120, async ([body, idempotencyKey]) => {
      const url = `${api}/talent-demand`;
      const sent: Record<string, string> = signed();
      // fetch refuses header values with control characters before sending: those never reach a server.
      if (idempotencyKey !== undefined && /^[\t\x20-\x7e\x80-\xff]*$/.test(idempotencyKey)) sent["Idempotency-Key"] = idempotencyKey;
      await assertContract(url, await fetch(url, { method: "POST", headers: sent, body }), TalentDemand);
    });
  });

  it("PATCH /v1/talent-demand/{id}: random bodies, ids and ETags keep the contract", async () => {
    const id = fc.oneof({ arbitrary: fc.constant(ownPostingId), weight: 3 }, { arbitrary: hostileId, weight: 1 });
    const ifMatch = fc.oneof({ arbitrary: fc.constant("*"), weight: 3 }, fc.string({ maxLength: 40 }).filter((value) => /^[\x20-\x7e]*$/.test(value)));
    await check(fc.tuple(id, writeBody, ifMatch), 80, async ([target, body, etag]) => {
      const url = `${api}/talent-demand/${target}`;
      const response = await fetch(url, { method: "PATCH", headers: { ...signed(), "If-Match": etag }, body });
      await assertContract(url, response, TalentDemand);
    });
  });
});
