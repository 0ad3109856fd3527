import * as z from "zod/mini";
import {
  ConsortiumKind,
  consortiumCounts,
  collections,
  DemandAggregateQuery,
  demandAggregate,
  EventKind,
  GapGroup,
  Industry,
  majorSignals,
  PracticeCentreKind,
  provinceProfile,
  PracticeFunction,
  ProvincialListKind,
  SupplyAggregateQuery,
  supplyAggregate,
  talentGaps,
  type RecordOf,
} from "@chanjiao/sdk";

/** A read the export answers: a path under `/v1` and its parameters; `paged` lists are followed page by page. */
export interface PlannedRead {
  path: string;
  query: Record<string, string>;
  paged: boolean;
}

/** The records the plan is made from, as the unfiltered lists answered them. */
export interface PlanData {
  regions: Array<RecordOf<"regions">>;
  organisations: Array<RecordOf<"organisations">>;
  schools: Array<RecordOf<"schools">>;
  consortia: Array<RecordOf<"consortia">>;
  majorCategories: Array<RecordOf<"majorCategories">>;
  majors: Array<RecordOf<"majors">>;
  cooperationProjects: Array<RecordOf<"cooperationProjects">>;
  talentSupply: Array<RecordOf<"talentSupply">>;
}

// The page sizes the widgets ask for: 200 for whole lists, 50 for a consortium card's programmes.
const WIDGET_LIMIT = "200";
const CARD_PROGRAMMES_LIMIT = "50";

type Dimensions = Record<string, ReadonlyArray<string | undefined>>;

/** Every combination of the dimensions' values (`undefined`: the parameter left out), over `base`. */
function cross(base: Record<string, string>, dimensions: Dimensions): Array<Record<string, string>> {
  let queries = [base];
  for (const [name, values] of Object.entries(dimensions)) {
    queries = queries.flatMap((query) => values.map((value) => (value === undefined ? query : { ...query, [name]: value })));
  }
  return queries;
}

const optional = <T extends string>(values: readonly T[]): Array<T | undefined> => [undefined, ...values];
const distinct = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/**
 * The queries of the widgets and example pages, for every value the data holds: programmes per
 * school and category, practice centres per operator, consortium, region, kind and function,
 * service platforms per consortium, consortia per organisation and on the map per province, kind
 * and industry, the three lists, reform records and profile per province, the talent figures per grouping, region
 * and period, and so on. The unfiltered lists and every record are exported besides these.
 */
export function planWidgetReads(data: PlanData): PlannedRead[] {
  const provinces = data.regions.filter((region) => region.level === "province").map((region) => region.code);
  const regionCodes = data.regions.map((region) => region.code);
  const schoolIds = data.schools.map((school) => school.id);
  const organisationIds = data.organisations.map((organisation) => organisation.id);
  const categoryIds = data.majorCategories.map((category) => category.id);
  const periods = data.talentSupply.map((record) => record.period);
  const sampleRange = periods.length ? `${Math.min(...periods)}-${Math.max(...periods)}` : undefined;
  const limit = { limit: WIDGET_LIMIT };

  const lists: Array<[{ path: string; filters: z.ZodMiniObject }, Array<Record<string, string>>]> = [
    [
      collections.programmes,
      [
        ...cross({ limit: CARD_PROGRAMMES_LIMIT }, { schoolId: schoolIds }),
        ...cross(limit, { schoolId: schoolIds, majorCategoryId: optional(categoryIds) }),
        ...cross(limit, { majorCategoryId: categoryIds, region: regionCodes }),
      ],
    ],
    [collections.pathways, cross(limit, { majorCategoryId: categoryIds })],
    // A pathway lists its field's majors; a major's code finds its field.
    [collections.majors, [...cross(limit, { majorCategoryId: categoryIds }), ...cross(limit, { q: distinct(data.majors.map((major) => major.code)) })]],
    [
      collections.practiceCentres,
      [
        ...cross(limit, { operatorId: organisationIds }),
        ...cross(limit, { consortiumId: data.consortia.map((consortium) => consortium.id) }),
        ...cross(limit, { region: optional(regionCodes), kind: optional(PracticeCentreKind.options), function: optional(PracticeFunction.options) }),
      ],
    ],
    [collections.servicePlatforms, cross(limit, { consortiumId: data.consortia.map((consortium) => consortium.id) })],
    [
      collections.consortia,
      [
        ...cross(limit, { organisationId: organisationIds }),
        ...cross(limit, { region: provinces, kind: optional(ConsortiumKind.options), industry: optional(Industry.options) }),
      ],
    ],
    [collections.provincialLists, cross(limit, { province: provinces, kind: optional(ProvincialListKind.options) })],
    [collections.cooperationProjects, cross(limit, { field: distinct(data.cooperationProjects.flatMap((project) => project.fields)) })],
    [collections.events, cross(limit, { kind: EventKind.options })],
    // The demand form's pickers: every major category, and the cities of a province.
    [collections.majorCategories, [{ limit: "100" }]],
    [collections.regions, cross(limit, { parent: provinces })],
    [collections.provincePilots, cross(limit, { province: provinces })],
    [collections.incentivePolicies, cross(limit, { province: provinces })],
    [collections.implementingDocuments, cross(limit, { region: provinces })],
  ];

  const endpointReads: Array<[{ path: string; query: z.ZodMiniObject }, Array<Record<string, string>>]> = [
    [consortiumCounts, cross({}, { industry: optional(Industry.options) })],
    [provinceProfile, cross({}, { province: provinces })],
    [talentGaps, cross({}, { groupBy: GapGroup.options, region: optional(regionCodes), period: optional([sampleRange].filter((range) => range !== undefined)) })],
    // The talent board asks for the signals up to the last year of the range it shows.
    [majorSignals, cross({}, { region: optional(regionCodes), period: optional(periods.length ? [String(Math.max(...periods))] : []) })],
    [demandAggregate, cross({}, { groupBy: DemandAggregateQuery.shape.groupBy.options, region: optional(regionCodes) })],
    [supplyAggregate, cross({}, { groupBy: SupplyAggregateQuery.shape.groupBy.options, region: optional(regionCodes) })],
  ];

  // A value the contract refuses (a cooperation field longer than a filter may be) is one no widget can ask for.
  const valid = (schema: z.ZodMiniObject) => (query: Record<string, string>) => z.safeParse(schema, query).success;
  return [
    ...lists.flatMap(([{ path, filters }, queries]) => queries.filter(valid(filters)).map((query) => ({ path, query, paged: true }))),
    ...endpointReads.flatMap(([{ path, query: schema }, queries]) => queries.filter(valid(schema)).map((query) => ({ path, query, paged: false }))),
  ];
}
