import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { Problem } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { createApiKey, openDatabase, type RunningServer, startServer } from "../src/index.ts";
import { hasChinese, inChinese } from "../src/http/problem-chinese.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

const sources = [
  ...["http", "routes", "db"].map((dir) => new URL(`../src/${dir}/`, import.meta.url).pathname),
  new URL("../../sdk/src/schemas/", import.meta.url).pathname,
];
/** Messages of the server's own start-up and command line: thrown to an operator, never put in a problem. */
const neverAnswered = ["console-mount.ts", "open-served.ts", "leads-on.ts"];
/** Checks that word each fault in both languages themselves (the error's `chinese`). */
const bilingual = ["catalogue-structure.ts"];

const literal = /"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.|\$\{[^{}]*\}|\$(?!\{))*`/g;
/** A field's message ("must …", "is …") or a problem's detail (an English sentence). */
const isMessage = (text: string) => (/^(must|is) [a-z]/.test(text) && text !== "is not") /* Kysely's operator */ || /^(\S+ )?[A-Z][\w-]* [^]*\.$/.test(text);

/** Every message template in the sources, its placeholders filled with a sample value. */
function templates(): Array<{ file: string; text: string }> {
  return sources.flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && ![...neverAnswered, ...bilingual].includes(file))
      .flatMap((file) =>
        [...readFileSync(join(dir, file), "utf8").matchAll(literal)]
          .filter((match) => !/Error\(\s*$/.test(readFileSync(join(dir, file), "utf8").slice(Math.max(0, match.index - 20), match.index)))
          .map((match) => ({ file, text: match[0].slice(1, -1).replace(/\$\{[^{}]*\}/g, "7").replace(/\\(.)/g, "$1") }))
          .filter(({ text }) => isMessage(text)),
      ),
  );
}

describe("problem messages in Chinese", () => {
  it("has a Chinese rendering of every message template the server can put in a problem", () => {
    const found = templates();
    assert.ok(found.length > 80, `only ${found.length} templates found: the scan no longer sees the sources`);
    const untranslated = found.filter(({ text }) => !hasChinese(text) || !/\p{Script=Han}/u.test(inChinese(text)));
    assert.deepEqual(untranslated, []);
  });

  it("keeps facts of the message in the Chinese", () => {
    assert.equal(inChinese('No record with id "p-1" in /v1/programmes.'), "/v1/programmes 中没有编号为 \"p-1\" 的记录。");
    assert.equal(inChinese("Too many failed authentications from this address. Retry after 30 s."), "此地址认证失败次数过多。请 30 秒后重试。");
    assert.equal(inChinese("must be one of 中职, 高职专科"), "只能是以下之一：中职、高职专科");
  });
});

describe("a problem in the request's language", () => {
  let database: TestDatabase;
  let server: RunningServer;
  let key = "";
  before(async () => {
    database = await createTestDatabase("problem-chinese");
    server = await startServer({ db: database.location, port: 0 });
    const db = await openDatabase(database.location);
    key = (await createApiKey(db, { organisationId: "sample-school-01" })).key;
    await db.destroy();
  });
  after(async () => {
    await server?.close();
    await database?.drop();
  });

  const post = (headers: Record<string, string>) =>
    fetch(`${server.url}/v1/programmes`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json", ...headers },
      body: JSON.stringify({ schoolId: "sample-school-01", majorCode: "460303", majorName: "电气自动化技术", majorCategoryId: "mc-46", level: "高职专科", years: 0, region: "320400", year: 2026, source: "招生章程", colour: "red" }),
    });
  async function problemOf(response: Response) {
    assert.equal(response.status, 422);
    return { body: z.parse(Problem, await response.json()), vary: response.headers.get("Vary") ?? "" };
  }

  it("answers a 422 in Chinese, each message beside its field, when asked in Chinese", async () => {
    const { body, vary } = await problemOf(await post({ "Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8" }));
    assert.equal(body.detail, "请求体不符合接口约定。");
    const byField = Object.fromEntries((body.errors ?? []).map((error) => [error.path, error.message]));
    assert.equal(byField["years"], "不能小于 1");
    assert.equal(byField["colour"], "不是这类记录的字段");
    assert.match(vary, /Accept-Language/);
  });

  it("answers in English when asked in English, in another language first, or not at all", async () => {
    for (const headers of [{}, { "Accept-Language": "en-GB,en;q=0.9" }, { "Accept-Language": "fr, zh;q=0.5" }] as Array<Record<string, string>>) {
      const { body } = await problemOf(await post(headers));
      assert.equal(body.detail, "The body does not match the contract.");
      assert.ok(body.errors?.some((error) => error.path === "colour" && error.message === "is not a known field"));
    }
  });

  it("answers a 4xx detail in Chinese too", async () => {
    const response = await fetch(`${server.url}/v1/programmes/no-such-record`, { headers: { "Accept-Language": "zh" } });
    assert.equal(response.status, 404);
    assert.equal(z.parse(Problem, await response.json()).detail, '/v1/programmes 中没有编号为 "no-such-record" 的记录。');
  });
});
