import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "@babel/parser";
import { after, before, describe, it } from "node:test";
import { Problem } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { createApiKey, openDatabase, type RunningServer, startServer } from "../src/index.ts";
import { hasChinese, inChinese } from "../src/http/problem-chinese.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

const sources = [
  ...["http", "routes", "db"].map((dir) => new URL(`../src/${dir}/`, import.meta.url).pathname),
  new URL("../../sdk/src/schemas/", import.meta.url).pathname,
  // The widgets' fragment errors, which GET /v1/fragments answers as problems.
  new URL("../../elements/src/ssr/", import.meta.url).pathname,
];
/** Messages of the server's own start-up and command line: thrown to an operator, never put in a problem. */
const neverAnswered = ["console-mount.ts", "open-served.ts", "leads-on.ts"];
/** Checks that word each fault in both languages themselves (the error's `chinese`). */
const bilingual = ["catalogue-structure.ts"];

/** What a problem's detail is given as: the argument after the status. */
const placedAsDetail = /(problemResponse\(c, [^,()]+, |FragmentError\(\d+, )$/;
/** A field's message ("must …", "is …") or a problem's detail (an English sentence). */
const isMessage = (text: string) => (/^(must|is) [a-z]/.test(text) && text !== "is not") /* Kysely's operator */ || /^(\S+ )?[A-Z][\w-]* [^]*\.$/.test(text);

interface Literal {
  start: number;
  /** The text as it is at run time, each placeholder written `${…}`. */
  text: string;
}

/**
 * Every string and template literal of a TypeScript source, found by parsing it: a scan by pattern
 * mistakes a quote inside a regular expression for the start of a string.
 */
function literalsOf(source: string): Literal[] {
  const found: Literal[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(visit);
    const { type, start } = node as { type?: string; start: number };
    if (type === "StringLiteral") found.push({ start, text: (node as unknown as { value: string }).value });
    if (type === "TemplateLiteral") {
      const { quasis } = node as unknown as { quasis: Array<{ value: { cooked: string } }> };
      found.push({ start, text: quasis.map((quasi) => quasi.value.cooked).join("${…}") });
    }
    for (const [key, child] of Object.entries(node)) if (key !== "loc" && key !== "extra") visit(child);
  };
  visit(parse(source, { sourceType: "module", plugins: ["typescript"] }).program);
  return found;
}

/** A template with its placeholders filled: one glued to a word inflects it (`problem${…}`), and is left out. */
const sample = (template: string) => template.replace(/(?<=\w)\$\{…\}/g, "").replaceAll("${…}", "7");

/** Every message template in the sources, its placeholders filled with a sample value. */
function templates(): Array<{ file: string; text: string }> {
  return sources.flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && ![...neverAnswered, ...bilingual].includes(file))
      .flatMap((file) => {
        const source = readFileSync(join(dir, file), "utf8");
        return literalsOf(source).flatMap(({ start, text: template }) => {
          const before = source.slice(Math.max(0, start - 40), start);
          // What an error thrown to an operator says (a bad --rate) never reaches a problem.
          if (/Error\(\s*$/.test(before)) return [];
          const text = sample(template);
          return placedAsDetail.test(before) || isMessage(text) ? [{ file, text }] : [];
        });
      }),
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
  let admin = "";
  before(async () => {
    database = await createTestDatabase("problem-chinese");
    server = await startServer({ db: database.location, port: 0 });
    const db = await openDatabase(database.location);
    key = (await createApiKey(db, { organisationId: "sample-school-01" })).key;
    admin = (await createApiKey(db, { organisationId: "sample-school-01", role: "admin" })).key;
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

  it("gives a check's own Chinese, such as the catalogue's structure, beside its field", async () => {
    const response = await fetch(`${server.url}/v1/talent-supply`, {
      method: "POST",
      headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/json", "Accept-Language": "zh-CN" },
      body: JSON.stringify({ region: "320500", majorCategoryId: "mc-46", classCode: "5102", level: "高职专科", period: 2026, graduates: 10, source: "test" }),
    });
    const { body } = await problemOf(response);
    assert.deepEqual(body.errors, [{ path: "classCode", message: "5102 属于另一个专业大类（mc-51），不属于 mc-46" }]);
  });

  it("words the widgets' fragment errors in Chinese", async () => {
    const response = await fetch(`${server.url}/v1/fragments/cj-programme-list?page-size=many`, { headers: { "Accept-Language": "zh-CN" } });
    assert.equal(response.status, 400);
    assert.match(z.parse(Problem, await response.json()).detail ?? "", /^<cj-programme-list> 的 page-size 必须是数字。$/);
  });

  it("answers a 4xx detail in Chinese too", async () => {
    const response = await fetch(`${server.url}/v1/programmes/no-such-record`, { headers: { "Accept-Language": "zh" } });
    assert.equal(response.status, 404);
    assert.equal(z.parse(Problem, await response.json()).detail, '/v1/programmes 中没有编号为 "no-such-record" 的记录。');
  });
});
