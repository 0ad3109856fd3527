import { problemTypes } from "./http/problem.js";
import { Components } from "./openapi/components.js";
import { describeRead } from "./openapi/describe-read.js";
import { describeWrite } from "./openapi/describe-write.js";
import { addOperation, type Paths } from "./openapi/paths.js";
import { reads } from "./openapi/reads.js";
import { writes } from "./openapi/writes.js";

/**
 * The OpenAPI 3.1 document of the API, generated from the contract: record schemas, filter
 * parameters and bodies all come from the same zod schemas the server validates with. Reads are
 * described from `reads()`, writes from the `writes` table (src/openapi/).
 */
export function buildOpenApiDocument(serverUrl = "/v1") {
  const components = new Components();
  const paths: Paths = {};
  for (const read of reads()) addOperation(paths, read.path, "get", describeRead(components, read));
  for (const write of writes) addOperation(paths, write.path, write.method, describeWrite(components, write));
  return {
    openapi: "3.1.0",
    info: {
      title: "Chanjiao open data API",
      version: "1.0.0",
      description:
        "Open data of the modern vocational education system reform (中办发〔2022〕65号). Every record names its source; generated figures carry `sample: true`. Reads are open to everyone; writes are signed with an organisation's API key. Errors are RFC 9457 problem details, whose `detail` and `errors[].message` are in Chinese when the request's `Accept-Language` ranks Chinese (`zh`, `zh-CN`, …) first and in English otherwise (problems vary on `Accept-Language`); problem types: " +
        Object.values(problemTypes)
          .map((problem) => problem.type)
          .join(", "),
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: serverUrl }],
    paths,
    components: components.toJSON(),
  };
}
