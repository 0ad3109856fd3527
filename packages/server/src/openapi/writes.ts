import { type CollectionName, collections, createBodyOf, ImportReport, patchBodyOf, TalentDemandCreate, TalentDemandPatch } from "@chanjiao/sdk";
import { editorsKeep } from "../db/keepers.js";
import { importCollections } from "../routes/imports.js";
import { recordWriteCollections } from "../routes/record-writes.js";
import { keyWrites } from "./keeping.js";
import type { NamedSchema } from "./components.js";
import type { Header, WriteDescription } from "./describe-write.js";
import { jsonSchema } from "./json-schema.js";
import { recordSchema, recordSchemaName } from "./records.js";
import { submissionWrites } from "./submissions.js";

const posting = recordSchema("talentDemand");
/** On the answer to a create sent again with the same Idempotency-Key. */
const replayedHeader: Header = { description: "`true` when this is the stored answer to an earlier request with the same Idempotency-Key.", schema: { type: "string" } };
const etag: Header = { description: "The posting's version; send it in If-Match to change it.", schema: { type: "string" } };
const ifMatch: Header = { description: "The ETag of the posting as last read.", required: true, schema: { type: "string" } };
/** Answers of a change of a posting beyond every write's: see `changePosting` in src/routes/publishing.ts. */
const changeProblems = [403, 404, 409, 412, 428] as const;

/** The writes of talent demand postings: see src/routes/publishing.ts for what each answers. */
const publishingWrites: WriteDescription[] = [
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
        "Idempotent-Replayed": replayedHeader,
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
  {
    method: "delete",
    path: "/talent-demand/{id}",
    operationId: "deleteTalentDemand",
    tag: "talent-demand",
    summary: "Remove a posting",
    description: "The posting leaves lists, gaps and signals at once; the change feed keeps a tombstone. Withdraw it instead to keep it listed. The publishing organisation's keys, and admin keys, may remove it.",
    headers: { "If-Match": ifMatch },
    answer: { status: 204, description: "Removed." },
    problems: [403, 404, 412, 428],
  },
];

/**
 * Whose editor keys keep each collection's records, as src/db/keepers.ts decides and
 * docs/operating.md tables it; a collection absent here is written by admin keys only.
 */
const keptBy: Partial<Record<CollectionName, string>> = {
  organisations: "the organisation itself; its unified social credit code (`creditCode`) is no other organisation's (409), and once set only an admin key changes it",
  schools: "the school itself",
  programmes: "the school that runs the programme (`schoolId`)",
  practiceCentres: "the operator (`operatorId`) and the lead organisations of its consortium (`consortiumId`)",
  servicePlatforms: "the operator (`operatorId`) and the lead organisations of its consortium (`consortiumId`)",
  consortia: "its lead organisations (`leadOrganisationIds`)",
  parks: "the lead organisations of a consortium built around the park, and the government organisations of its province",
  talentDemand: "the publishing organisation (`publisherId`)",
  talentSupply: "the government organisations (`kind: government`) of the record's province",
  provincialLists: "the government organisations (`kind: government`) of the record's province",
  pathways: "the school that runs the pathway (`schoolId`; a pathway of no school is kept by admin keys)",
  events: "its organisers (`organiserIds`, such as a province's government; an event of no organiser in the data is kept by admin keys)",
  cooperationProjects: "its Chinese lead institutions (`leadOrganisationIds`; a project of none in the data is kept by admin keys)",
  provincePilots: "the government organisations (`kind: government`) of the record's province",
  incentivePolicies: "the government organisations (`kind: government`) of the record's province",
  implementingDocuments: "the government organisations (`kind: government`) of the record's province",
};

/** Who may write a collection's records, in a sentence of each write's description. */
function ownership(name: CollectionName): string {
  const keepers = keptBy[name];
  // The table and the rules must agree: a collection editors keep needs its keepers named, and only such a one.
  if (editorsKeep(name) !== (keepers !== undefined)) throw new Error(`The OpenAPI document and src/db/keepers.ts disagree on who keeps ${name}.`);
  if (keepers === undefined) {
    return `Only an admin key writes /${collections[name].path} (reference data, or records that name no organisation that could keep them); an editor key is answered 403.`;
  }
  return `An editor key writes only the records its organisation keeps: here, ${keepers}. It must keep the record both before and after the change, so no record moves into or out of another organisation's keeping (403 otherwise). An admin key writes every record.`;
}

const recordEtagHeader: Header = { description: "The record's version; send it in If-Match to change or remove it.", schema: { type: "string" } };
const recordIfMatch: Header = {
  description: "The ETag of the record as last read (its GET or last write answers it); `*` matches any version. Without it the write is answered 428.",
  required: true,
  schema: { type: "string" },
};

/** `POST`, `PATCH` and `DELETE` of each collection written through src/routes/record-writes.ts. */
function recordWrites(): WriteDescription[] {
  return recordWriteCollections.flatMap((name): WriteDescription[] => {
    const { path, schema } = collections[name];
    const recordName = recordSchemaName(name);
    const record = recordSchema(name);
    const owners = ownership(name);
    return [
      {
        method: "post",
        path: `/${path}`,
        operationId: `create${recordName}`,
        tag: path,
        summary: `Create a record of ${path}`,
        description:
          `The body is the record without \`id\` (assigned when left out), \`sample\` (false unless given) and \`province\` where the record has one (derived from \`region\`); \`source\` is required and an unknown field is refused. \`citations\` may be left out: the server derives them from the http(s) addresses in \`source\` (publisher, title in 《》, date; official sources first, reprints last); given, each is checked strictly (an address other than http(s) is 422). Every record it refers to must exist (422 naming each path); an id already taken is 409. ${owners}`,
        body: { name: `${recordName}Create`, schema: createBodyOf(schema) },
        headers: {
          "Idempotency-Key": {
            description: "A retry with the same key and body, from the same organisation within 24 hours, returns the first answer (with `Idempotent-Replayed: true`) instead of a second record; the key with another body is 422, a key that is not 1 to 255 visible ASCII characters 400.",
            schema: { type: "string", pattern: "^[!-~]{1,255}$" },
          },
        },
        answer: {
          status: 201,
          description: "The record as stored.",
          schema: record,
          headers: {
            ETag: recordEtagHeader,
            Location: { description: "The path of the record.", schema: { type: "string" } },
            "Idempotent-Replayed": replayedHeader,
          },
        },
        problems: [403, 409],
      },
      {
        method: "patch",
        path: `/${path}/{id}`,
        operationId: `update${recordName}`,
        tag: path,
        summary: `Change fields of a record of ${path}`,
        description: `Each field given replaces the stored one whole (a list or nested object included); \`null\` clears a nullable field; at least one field. A new \`source\` without \`citations\` brings the citations derived from it. The record that results is checked as a whole, references included. ${owners}`,
        body: { name: `${recordName}Patch`, schema: { ...jsonSchema(patchBodyOf(schema), "input"), minProperties: 1 } },
        headers: { "If-Match": recordIfMatch },
        answer: { status: 200, description: "The changed record.", schema: record, headers: { ETag: recordEtagHeader } },
        // An organisation's credit code names one organisation only.
        problems: name === "organisations" ? [403, 404, 409, 412, 428] : [403, 404, 412, 428],
      },
      {
        method: "delete",
        path: `/${path}/{id}`,
        operationId: `delete${recordName}`,
        tag: path,
        summary: `Remove a record of ${path}`,
        description: `The record leaves lists and computed reads at once; the change feed keeps a tombstone. ${owners}`,
        headers: { "If-Match": recordIfMatch },
        answer: { status: 204, description: "Removed." },
        problems: [403, 404, 412, 428],
      },
    ];
  });
}

/** What an import answers: the SDK's `ImportReport`. */
const importReport: NamedSchema = { name: "ImportReport", schema: ImportReport };

/** `POST /<collection>/imports` of each collection written through src/routes/imports.ts. */
function importWrites(): WriteDescription[] {
  return importCollections.map((name): WriteDescription => {
    const { path } = collections[name];
    return {
      method: "post",
      path: `/${path}/imports`,
      operationId: `import${recordSchemaName(name)}`,
      tag: path,
      summary: `Import a file of ${path} records, all or nothing`,
      description: `Rows are matched to stored records by \`id\` or the collection's natural key and created, updated or left unchanged; each is checked by the contract, its references and the key's right to keep it (${ownership(name)}). When any row is bad nothing is written and the answer is a 422 problem whose \`report\` names each bad row by its line and column, in the file's language. One import counts as one write against the key's rate.`,
      upload: { mediaTypes: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/json", "application/x-ndjson"], description: "The file, at most 50 MB: CSV in UTF-8 (with or without BOM) or GB18030, xlsx, a JSON array or NDJSON." },
      query: { dryRun: { description: "`true`: check and count, write nothing.", schema: { type: "string", enum: ["true", "false"] } } },
      answer: { status: 200, description: "The import report: what was (or, on a dry run, would be) created, updated and left unchanged.", schema: importReport },
      problems: [400],
    };
  });
}

/** Every write of the API, each described by `describeWrite`. */
export const writes: WriteDescription[] = [...publishingWrites, ...submissionWrites, ...recordWrites(), ...importWrites(), ...keyWrites];
