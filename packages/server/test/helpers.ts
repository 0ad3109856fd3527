import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { page, Problem } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { type RunningServer, startServer } from "../src/index.ts";

/** A seeded server on a fresh SQLite file in a temp dir, listening on a random port. */
export async function startTestServer(): Promise<{ server: RunningServer; api: string; stop(): Promise<void> }> {
  const directory = await mkdtemp(join(tmpdir(), "chanjiao-test-"));
  const server = await startServer({ db: join(directory, "test.db"), port: 0 });
  return {
    server,
    api: `${server.url}/v1`,
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
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
