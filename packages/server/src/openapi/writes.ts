import { TalentDemandCreate, TalentDemandPatch } from "@chanjiao/sdk";
import type { Header, WriteDescription } from "./describe-write.js";
import { recordSchema } from "./records.js";

const posting = recordSchema("talentDemand");
const etag: Header = { description: "The posting's version; send it in If-Match to change it.", schema: { type: "string" } };
const ifMatch: Header = { description: "The ETag of the posting as last read.", required: true, schema: { type: "string" } };
/** Answers of a change of a posting beyond every write's: see `changePosting` in src/routes/publishing.ts. */
const changeProblems = [403, 404, 409, 412, 428] as const;

/** Every write of the API, each described by `describeWrite`; see src/routes/publishing.ts for what each answers. */
export const writes: WriteDescription[] = [
  {
    method: "post",
    path: "/talent-demand",
    operationId: "createTalentDemand",
    tag: "talent-demand",
    summary: "Publish a talent demand posting for the organisation of the API key",
    body: { name: "TalentDemandCreate", schema: TalentDemandCreate },
    headers: {
      "Idempotency-Key": {
        description: "A retry with the same key and body returns the first answer (with `Idempotent-Replayed: true`) instead of a second posting.",
        schema: { type: "string", pattern: "^[!-~]{1,255}$" },
      },
    },
    answer: {
      status: 201,
      description: "The posting.",
      schema: posting,
      headers: {
        ETag: etag,
        Location: { description: "The path of the posting.", schema: { type: "string" } },
        "Idempotent-Replayed": { description: "`true` when this is the stored answer to an earlier request with the same Idempotency-Key.", schema: { type: "string" } },
      },
    },
  },
  {
    method: "patch",
    path: "/talent-demand/{id}",
    operationId: "updateTalentDemand",
    tag: "talent-demand",
    summary: "Change fields of a posting",
    body: { name: "TalentDemandPatch", schema: TalentDemandPatch },
    headers: { "If-Match": ifMatch },
    answer: { status: 200, description: "The changed posting.", schema: posting, headers: { ETag: etag } },
    problems: [...changeProblems],
  },
  {
    method: "post",
    path: "/talent-demand/{id}/withdraw",
    operationId: "withdrawTalentDemand",
    tag: "talent-demand",
    summary: "Withdraw a posting: it stays listed with status withdrawn and no longer counts as demand",
    headers: { "If-Match": ifMatch },
    answer: { status: 200, description: "The withdrawn posting.", schema: posting, headers: { ETag: etag } },
    problems: [...changeProblems],
  },
];
