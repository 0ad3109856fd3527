import { type CollectionName, collections, ConsortiumCounts, consortiumCounts, DemandAggregateQuery, SupplyAggregateQuery, TalentAggregate } from "@chanjiao/sdk";
import { changes, MajorLeadsOn, majorLeadsOn, MajorSignals, majorSignals, provinceProfile, TalentGaps, talentGaps } from "@chanjiao/sdk";
import type { NamedSchema } from "./components.js";
import type { ReadDescription } from "./describe-read.js";
import { fragmentReads } from "./fragments.js";
import { keepingReads } from "./keeping.js";
import { recordSchema, recordSchemaName } from "./records.js";
import { submissionReads } from "./submissions.js";

/** A page of a collection's records. */
const pageSchema = (name: CollectionName): NamedSchema => ({
  name: `${recordSchemaName(name)}Page`,
  schema: {
    type: "object",
    properties: { items: { type: "array", items: { $ref: `#/components/schemas/${recordSchemaName(name)}` } }, nextCursor: { type: ["string", "null"] } },
    required: ["items", "nextCursor"],
    additionalProperties: false,
  },
});

/** Each collection's list and record. */
function collectionReads(): ReadDescription[] {
  return (Object.keys(collections) as CollectionName[]).flatMap((name) => {
    const { path, filters } = collections[name];
    const recordName = recordSchemaName(name);
    return [
      {
        path: `/${path}`,
        operationId: `list${recordName}`,
        tag: path,
        summary: `List ${path}`,
        query: filters,
        answer: { description: "A page of records, ordered by id.", schema: pageSchema(name) },
        problems: [400],
      },
      {
        path: `/${path}/{id}`,
        operationId: `get${recordName}`,
        tag: path,
        summary: `Get one record of ${path}`,
        answer: { description: "The record.", schema: recordSchema(name) },
        problems: [404],
      },
    ];
  });
}

/** The reads computed from many records: aggregates, consortium counts, talent gaps and signals. */
function computedReads(): ReadDescription[] {
  const aggregate = (path: string, query: ReadDescription["query"], measure: string): ReadDescription => ({
    path: `/${path}/aggregate`,
    operationId: `aggregate${measure}`,
    tag: path,
    summary: `Totals of ${path} per group, over the filtered records`,
    query,
    answer: { description: "Totals per group.", schema: { name: "TalentAggregate", schema: TalentAggregate } },
    problems: [400],
  });
  const talent = (path: string, operationId: string, summary: string, query: ReadDescription["query"], schema: NamedSchema): ReadDescription => ({
    path: `/${path}`,
    operationId,
    tag: "talent",
    summary,
    query,
    answer: { description: summary, schema },
    problems: [400],
  });
  return [
    aggregate("talent-demand", DemandAggregateQuery, "Demand"),
    aggregate("talent-supply", SupplyAggregateQuery, "Supply"),
    {
      path: `/${consortiumCounts.path}`,
      operationId: "countConsortia",
      tag: "consortia",
      summary: "Consortia per province and city, by kind; industry communities count in every province of their lead and council organisations",
      query: consortiumCounts.query,
      answer: { description: "Counts per province (all provinces, zeros included) and per city.", schema: { name: "ConsortiumCounts", schema: ConsortiumCounts } },
      problems: [400, 404],
    },
    {
      path: `/${majorLeadsOn.path}`,
      operationId: "majorLeadsOn",
      tag: "majors",
      summary: "The majors a major leads on to at each later stage (中职 → 高职专科 → 职业本科)",
      description:
        "The majors of the same 专业类 slot at each later level, the next level first: the three levels share their class slots (中职 7102 = 高职专科 5102 = 职业本科 3102). Derived from the catalogue's structure, not an official 衔接 table.",
      query: majorLeadsOn.query,
      answer: { description: "The major and the majors it leads on to, per later level.", schema: { name: "MajorLeadsOn", schema: MajorLeadsOn } },
      problems: [400, 404],
    },
    talent(talentGaps.path, "talentGaps", "Talent demand against supply per group, with the trend per period", talentGaps.query, { name: "TalentGaps", schema: TalentGaps }),
    talent(majorSignals.path, "majorSignals", "Major categories in persistent shortage or surplus over the last periods", majorSignals.query, {
      name: "MajorSignals",
      schema: MajorSignals,
    }),
    {
      path: `/${provinceProfile.path}`,
      operationId: "provinceProfile",
      tag: "provinces",
      summary: "What is known of one province: its reform pilots, incentive policies and implementing documents, and its figures from the other collections",
      description:
        "Each figure counts what the collection's own list answers for the province (consortia and communities by `region` and `kind`, schools and programmes per level, practice centres by `region`; the talent gap as `/talent/gaps?groupBy=majorCategory` answers for the province in its latest period with both demand and supply), with `sample: true` where any counted record is generated sample data. Computed once per data version.",
      query: provinceProfile.query,
      answer: { description: "The province's profile.", schema: { name: "ProvinceProfile", schema: provinceProfile.response } },
      problems: [400, 404],
    },
  ];
}

const nullableRecord = { type: ["object", "null"], additionalProperties: {} };

/**
 * One entry of the audit trail, as src/routes/changes.ts answers it: the change feed's entry with who
 * wrote it and the record before and after. Written here until the contract has a schema of it.
 */
const auditPage: NamedSchema = {
  name: "AuditPage",
  schema: {
    type: "object",
    properties: {
      items: {
        type: "array",
        items: {
          type: "object",
          properties: {
            seq: { type: "integer", description: "The change's place in the log: pass the last one seen as `after` to read on." },
            collection: { type: "string", description: "The collection's path, such as `practice-centres`, or `submissions` for the review of a demand submission." },
            id: { type: "string", description: "The record's id." },
            kind: { type: "string", enum: ["created", "updated", "removed"] },
            at: { type: "string", description: "When the write was made (ISO 8601)." },
            organisationId: { type: ["string", "null"], description: "The organisation of the key that wrote, if any (a command-line write names none)." },
            keyId: { type: ["string", "null"], description: "The id of the API key that wrote (never its secret), if any." },
            via: { type: "string", enum: ["api", "import", "cli"], description: "The door the write came through: the HTTP API, a file import or the command line." },
            before: { ...nullableRecord, description: "The record before the write; `null` for a creation." },
            after: { ...nullableRecord, description: "The record after the write; `null` for a removal." },
          },
          required: ["seq", "collection", "id", "kind", "at", "organisationId", "keyId", "via", "before", "after"],
          additionalProperties: false,
        },
      },
      next: { type: "integer", description: "The `seq` to pass as `after` for the next page: the last item's, or `after` itself on an empty page." },
      more: { type: "boolean", description: "True when more changes follow this page." },
    },
    required: ["items", "next", "more"],
    additionalProperties: false,
  },
};

/** The change feed (public) and the audit trail (admin keys): src/routes/changes.ts. */
function changeReads(): ReadDescription[] {
  return [
    {
      path: `/${changes.path}`,
      operationId: "listChanges",
      tag: "changes",
      summary: "Every write, in order, with each record as it is now",
      description: "Each entry names the collection (by path), the record and the kind of write, with the record as it is now or `null` once removed; never who wrote it. Read on from the last `seq` seen (`next`) while `more` is true.",
      query: changes.query,
      answer: { description: "A page of changes, oldest first.", schema: { name: "ChangesPage", schema: changes.response } },
      problems: [400],
    },
    {
      path: "/audit",
      operationId: "listAudit",
      tag: "changes",
      summary: "The audit trail: every write with who made it and the record before and after",
      description: "For admin keys only (403 for an editor key). Each entry adds to the change feed's the organisation and key that wrote (never the secret), the door the write came through and the record before and after. Answered with `Cache-Control: no-store`.",
      signed: true,
      query: changes.query,
      answer: { description: "A page of the audit trail, oldest first.", schema: auditPage },
      problems: [400, 401, 403, 429],
    },
  ];
}

/** The documents about the API: its index and this OpenAPI document (src/routes/root.ts, src/app.ts). */
function documentReads(): ReadDescription[] {
  return [
    {
      path: "/",
      operationId: "getIndex",
      tag: "api",
      summary: "An index of the collections and documents of the API",
      readsStore: false,
      answer: {
        description: "The index.",
        schema: {
          name: "ApiIndex",
          schema: {
            type: "object",
            properties: {
              name: { type: "string" },
              openapi: { type: "string", description: "The path of the OpenAPI document." },
              collections: {
                type: "array",
                items: { type: "object", properties: { name: { type: "string" }, path: { type: "string" } }, required: ["name", "path"], additionalProperties: false },
              },
              aggregates: { type: "array", items: { type: "string" }, description: "The paths of the reads computed from many records." },
            },
            required: ["name", "openapi", "collections", "aggregates"],
            additionalProperties: false,
          },
        },
      },
      problems: [414],
    },
    {
      path: "/openapi.json",
      operationId: "getOpenApiDocument",
      tag: "api",
      summary: "This OpenAPI 3.1 document",
      readsStore: false,
      answer: { description: "The document.", schema: { name: "OpenApiDocument", schema: { type: "object", description: "An OpenAPI 3.1 document." } } },
      problems: [414],
    },
  ];
}

/** Every read of the API. */
export const reads = (): ReadDescription[] => [...documentReads(), ...collectionReads(), ...computedReads(), ...changeReads(), ...submissionReads(), ...keepingReads(), ...fragmentReads()];
