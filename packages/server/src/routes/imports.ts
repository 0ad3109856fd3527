import { type CollectionName, collections } from "@chanjiao/sdk";
import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { maxFileBytes } from "../files/index.js";
import { apiWriter, type WriteEnv } from "../http/auth.js";
import type { AppEnv } from "../http/env.js";
import { problemResponse } from "../http/problem.js";
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
      const report = await importRecords(c.get("db"), { collection, bytes, declared: contentType, dryRun: dryRun === "true", writer: { ...apiWriter(c), via: "import" } });
      if (report.problems.length) {
        const errors = report.problems.map((problem) => ({ path: [problem.line === null ? "file" : `line ${problem.line}`, problem.column].filter(Boolean).join(": "), message: problem.message }));
        return problemResponse(c, 422, `${report.problems.length === 1 ? "1 problem" : `${report.problems.length} problems`} in the file; nothing was written.`, errors, { report });
      }
      return c.json(report, 200);
    });
    app.route(`/v1/${collections[collection].path}/imports`, imports);
  }
}
