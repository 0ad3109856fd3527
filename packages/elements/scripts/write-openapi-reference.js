// Writes the HTTP API's OpenAPI document into docs/reference/, beside the component reference,
// from the same schemas the server validates with (run with the "source" condition and tsx).
import { mkdirSync, writeFileSync } from "node:fs";
import { buildOpenApiDocument } from "../../server/src/index.ts";

const target = new URL("../../../docs/reference/openapi.json", import.meta.url);
mkdirSync(new URL("./", target), { recursive: true });
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
