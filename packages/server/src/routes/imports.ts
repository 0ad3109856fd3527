import { type CollectionName, collections, createBodyOf, ImportTemplateQuery } from "@chanjiao/sdk";
import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { maxFileBytes, mediaTypes, writeTemplate } from "../files/index.js";
import { storage } from "../db/storage.js";
import { apiWriter, type WriteEnv } from "../http/auth.js";
import type { AppEnv } from "../http/env.js";
import { problemResponse } from "../http/problem.js";
import { parseQuery } from "../http/query.js";
import { writeResponse } from "../http/write-answers.js";
import { importRecords } from "../import/import-records.js";

/** Collections a file imports into: every one, talent demand included (each row checked by the publisher rule). */
export const importCollections = Object.keys(collections) as CollectionName[];

const limitFile = bodyLimit({ maxSize: maxFileBytes, onError: (c) => problemResponse(c, 413, `The file exceeds ${maxFileBytes / 1024 / 1024} MB.`) });

/**
 * `POST /v1/<collection>/imports[?dryRun=true]`: the console's door to the import. The body is the
 * file itself (text/csv, the xlsx media type, application/json or application/x-ndjson); the answer
 * is the import report, as JSON (200), or as a 422 problem carrying the report when any row is bad,
 * in which case nothing was written. One import counts as one write against the key's rate.
 * `GET /v1/<collection>/imports/template?format=csv|xlsx&lang=zh-CN|en`: the empty file to fill in,
 * with column names in the language (and, as xlsx, a guide sheet and an example from the data).
 */
export function registerImportRoutes(app: Hono<AppEnv>, options: { authenticate: MiddlewareHandler<WriteEnv>; limitWrites: MiddlewareHandler<WriteEnv> }): void {
  for (const collection of importCollections) {
    const imports = new Hono<WriteEnv>();
    imports.post("/", writeResponse, limitFile, options.authenticate, options.limitWrites, async (c) => {
      const dryRun = c.req.query("dryRun");
      if (dryRun !== undefined && dryRun !== "true" && dryRun !== "false") return problemResponse(c, 400, "dryRun must be true or false.", [{ path: "dryRun", message: "must be true or false" }]);
      const contentType = c.req.header("Content-Type")?.split(";")[0]?.trim();
      if (!contentType) return problemResponse(c, 415, "Send the file with its media type: text/csv, the xlsx media type, application/json or application/x-ndjson.");
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const report = await importRecords(c.get("db"), { collection, bytes, handOver: true, declared: contentType, dryRun: dryRun === "true", writer: { ...apiWriter(c), via: "import" } });
      if (report.problems.length) {
        const errors = report.problems.map((problem) => ({ path: [problem.line === null ? "file" : `line ${problem.line}`, problem.column].filter(Boolean).join(": "), message: problem.message }));
        const count = report.problems.length;
        return problemResponse(c, 422, `${count} problem${count === 1 ? "" : "s"} in the file; nothing was written.`, errors, { report });
      }
      return c.json(report, 200);
    });
    imports.get("/template", writeResponse, options.authenticate, async (c) => {
      const query = parseQuery(c, ImportTemplateQuery);
      if (!query.ok) return problemResponse(c, 400, "The query of the template is not valid.", query.errors);
      const { format = "xlsx", lang = "zh-CN" } = query.data;
      const { path, schema } = collections[collection];
      // A sourced record shows real values in the example, where there is one.
      const rows = await c.get("db").selectFrom(storage[collection].table).select("data").orderBy("id").limit(50).execute();
      const records = rows.map((row) => JSON.parse(row.data) as { sample?: boolean });
      const example = records.find((record) => record.sample === false) ?? records[0];
      const bytes = await writeTemplate(createBodyOf(schema), { format, lang, ...(example ? { example } : {}) });
      const words = lang === "en" ? "template" : "导入模板";
      return c.body(new Uint8Array(bytes), 200, {
        "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : mediaTypes.xlsx,
        "Content-Disposition": `attachment; filename="${path}-template.${format}"; filename*=UTF-8''${encodeURIComponent(`${path}-${words}.${format}`)}`,
      });
    });
    app.route(`/v1/${collections[collection].path}/imports`, imports);
  }
}
