import { type CollectionName, collections, ConsortiumCounts, consortiumCounts, DemandAggregateQuery, SupplyAggregateQuery, TalentAggregate } from "@chanjiao/sdk";
import { MajorSignals, majorSignals, TalentGaps, talentGaps } from "@chanjiao/sdk";
import type { NamedSchema } from "./components.js";
import type { ReadDescription } from "./describe-read.js";
import { recordSchema, recordSchemaName } from "./records.js";

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
    talent(talentGaps.path, "talentGaps", "Talent demand against supply per group, with the trend per period", talentGaps.query, { name: "TalentGaps", schema: TalentGaps }),
    talent(majorSignals.path, "majorSignals", "Major categories in persistent shortage or surplus over the last periods", majorSignals.query, {
      name: "MajorSignals",
      schema: MajorSignals,
    }),
  ];
}

/** Every public read of the API. */
export const reads = (): ReadDescription[] => [...collectionReads(), ...computedReads()];
