import { type CatalogueLevel, classSlot, type CollectionName, type FiltersOf, type RecordOf } from "@chanjiao/sdk";
import type { RawBuilder } from "kysely";
import { consortiumPlaces } from "./consortium-places.js";
import type { FilterColumn, RecordTable, StoredRecordRow } from "./tables.js";

/** How one filter parameter becomes SQL. */
export type FilterRule =
  /** Equality on a column. */
  | { type: "equals"; column: FilterColumn }
  /** A province code matches the `province` column (the province and its cities); a city code the `region` column. */
  | { type: "region" }
  /** As `region`, but against the places a query gives (rows of record id, province and region), for records in several places. */
  | { type: "placed"; places: RawBuilder<{ id: string; province: string; region: string | null }> }
  /** A year or an inclusive `YYYY-YYYY` range on an integer column. */
  | { type: "period"; column: FilterColumn }
  /** A year or an inclusive `YYYY-YYYY` range that holds a record's own range of years (`from` to `to`). */
  | { type: "within"; from: FilterColumn; to: FilterColumn }
  /** The record has this value of a multi-valued attribute. */
  | { type: "link"; attribute: string }
  /** The record has a value of the attribute containing this text. */
  | { type: "link-contains"; attribute: string };

type PagingKey = "q" | "cursor" | "limit" | "sort";
type FilterKey<N extends CollectionName> = Exclude<keyof FiltersOf<N>, PagingKey>;

/** How a collection is stored: its table, the columns derived from a record and its filter rules. */
export interface CollectionStorage<N extends CollectionName> {
  table: RecordTable;
  /** What `q` matches. */
  name(record: RecordOf<N>): string;
  /**
   * A `q` this pattern matches is a code, matched from the start of the name (which then begins with
   * the code) rather than anywhere in it: `5102` finds the majors of class 5102, not 450102.
   */
  codeQuery?: RegExp;
  columns(record: RecordOf<N>): Partial<Omit<StoredRecordRow, "id" | "name" | "data" | "sample" | "source">>;
  /** Values of multi-valued attributes, as [attribute, value] pairs. */
  links?(record: RecordOf<N>): Array<[string, string]>;
  /** A rule for every filter of the collection; the mapped type makes a missing one a compile error. */
  filters: { [K in FilterKey<N>]-?: FilterRule };
}

const equals = (column: FilterColumn): FilterRule => ({ type: "equals", column });
const region: FilterRule = { type: "region" };
// Spread last: V8 copies a spread that opens an object literal slowly (some µs a record, which a
// bulk import of 100,000 rows feels), one that closes it quickly.
const place = (record: { region: string | null; province: string | null }) => ({ region: record.region, province: record.province });
/** The slot of a talent record's class, by which gaps are compared across the levels; null without a class. */
const slotOf = (record: { level: CatalogueLevel; classCode?: string | undefined }) => (record.classCode === undefined ? null : classSlot(record.level, record.classCode));

/** Storage of every collection of the contract. */
export const storage: { [N in CollectionName]: CollectionStorage<N> } = {
  regions: {
    table: "regions",
    name: (r) => `${r.name} ${r.nameEn}`,
    columns: (r) => ({ level: r.level, parent: r.parent }),
    filters: { level: equals("level"), parent: equals("parent") },
  },
  parks: { table: "parks", name: (r) => r.name, columns: (r) => ({ region: r.region, province: r.province }), filters: { region } },
  organisations: {
    table: "organisations",
    name: (r) => `${r.name} ${r.nameEn ?? ""}`,
    columns: (r) => ({ kind: r.kind, level: r.level, ...place(r) }),
    links: (r) => (r.creditCode === undefined ? [] : [["credit-code", r.creditCode]]),
    filters: { region, kind: equals("kind"), level: equals("level") },
  },
  schools: {
    table: "schools",
    name: (r) => `${r.name} ${r.nameEn ?? ""}`,
    columns: (r) => ({ level: r.level, ...place(r) }),
    filters: { region, level: equals("level") },
  },
  consortia: {
    table: "consortia",
    name: (r) => r.name,
    columns: (r) => ({ kind: r.kind, batch: r.batch, ...place(r) }),
    links: (r) => [
      ...r.industries.map((industry): [string, string] => ["industry", industry]),
      ...[...new Set([...r.leadOrganisationIds, ...r.council.map((seat) => seat.organisationId)])].map((id): [string, string] => ["organisation", id]),
    ],
    filters: {
      // Industry communities count in the regions of their lead and council organisations too.
      region: { type: "placed", places: consortiumPlaces },
      kind: equals("kind"),
      batch: equals("batch"),
      industry: { type: "link", attribute: "industry" },
      organisationId: { type: "link", attribute: "organisation" },
    },
  },
  majorCategories: { table: "major_categories", name: (r) => `${r.name} ${r.nameEn ?? ""}`, columns: () => ({}), filters: {} },
  majorClasses: {
    table: "major_classes",
    name: (r) => `${r.code} ${r.name} ${r.nameEn ?? ""}`,
    codeQuery: /^\d{1,4}$/,
    columns: (r) => ({ level: r.level, major_category_id: r.majorCategoryId }),
    filters: { level: equals("level"), majorCategoryId: equals("major_category_id") },
  },
  majors: {
    table: "majors",
    name: (r) => `${r.code} ${r.name}`,
    codeQuery: /^\d{1,6}K?$/i,
    columns: (r) => {
      const [from, to = from] = r.addedIn.split("-").map(Number);
      return { level: r.level, major_category_id: r.majorCategoryId, class_code: r.classCode, added_from: from, added_to: to };
    },
    filters: {
      level: equals("level"),
      majorCategoryId: equals("major_category_id"),
      classCode: equals("class_code"),
      addedIn: { type: "within", from: "added_from", to: "added_to" },
    },
  },
  programmes: {
    table: "programmes",
    name: (r) => `${r.majorName} ${r.majorCode}`,
    columns: (r) => ({ school_id: r.schoolId, major_category_id: r.majorCategoryId, class_code: r.majorCode.slice(0, 4), level: r.level, ...place(r) }),
    links: (r) => r.trainingModes.map((mode) => ["training-mode", mode]),
    filters: {
      region,
      schoolId: equals("school_id"),
      majorCategoryId: equals("major_category_id"),
      classCode: equals("class_code"),
      level: equals("level"),
      trainingMode: { type: "link", attribute: "training-mode" },
    },
  },
  talentDemand: {
    table: "talent_demand",
    name: (r) => r.occupation,
    columns: (r) => ({
      industry: r.industry,
      major_category_id: r.majorCategoryId,
      level: r.level,
      period: r.period,
      status: r.status,
      publisher_id: r.publisherId,
      measure: r.headcount,
      class_slot: slotOf(r),
      ...place(r),
    }),
    filters: {
      region,
      industry: equals("industry"),
      majorCategoryId: equals("major_category_id"),
      level: equals("level"),
      period: { type: "period", column: "period" },
      status: equals("status"),
      publisherId: equals("publisher_id"),
    },
  },
  talentSupply: {
    table: "talent_supply",
    name: (r) => r.id,
    columns: (r) => ({ major_category_id: r.majorCategoryId, level: r.level, period: r.period, measure: r.graduates, class_slot: slotOf(r), ...place(r) }),
    filters: {
      region,
      majorCategoryId: equals("major_category_id"),
      level: equals("level"),
      period: { type: "period", column: "period" },
    },
  },
  practiceCentres: {
    table: "practice_centres",
    name: (r) => r.name,
    columns: (r) => ({ kind: r.kind, consortium_id: r.consortiumId, ...place(r) }),
    // The operator is a link rather than a column so that no table needs a new column.
    links: (r) => [...r.functions.map((fn): [string, string] => ["function", fn]), ...(r.operatorId === null ? [] : [["operator", r.operatorId] as [string, string]])],
    filters: {
      region,
      kind: equals("kind"),
      consortiumId: equals("consortium_id"),
      function: { type: "link", attribute: "function" },
      operatorId: { type: "link", attribute: "operator" },
    },
  },
  servicePlatforms: {
    table: "service_platforms",
    name: (r) => r.name,
    columns: (r) => ({ kind: r.kind, consortium_id: r.consortiumId, ...place(r) }),
    filters: { region, kind: equals("kind"), consortiumId: equals("consortium_id") },
  },
  pathways: {
    table: "pathways",
    name: (r) => r.name,
    columns: (r) => ({ kind: r.kind, major_category_id: r.majorCategoryId }),
    filters: { kind: equals("kind"), majorCategoryId: equals("major_category_id") },
  },
  cooperationProjects: {
    table: "cooperation_projects",
    name: (r) => `${r.name} ${r.nameEn ?? ""} ${r.hostInstitution ?? ""}`,
    columns: (r) => ({ kind: r.kind }),
    links: (r) => [
      ...r.countries.flatMap((country): Array<[string, string]> => [
        ["country", country.name],
        ["country", country.nameZh],
      ]),
      ...[...r.fields, ...r.fieldsEn].map((field): [string, string] => ["field", field]),
    ],
    filters: { kind: equals("kind"), country: { type: "link", attribute: "country" }, field: { type: "link-contains", attribute: "field" } },
  },
  events: {
    table: "events",
    name: (r) => r.name,
    columns: (r) => ({ kind: r.kind, year: r.start ? Number(r.start.slice(0, 4)) : null }),
    filters: { kind: equals("kind"), year: equals("year") },
  },
  provincialLists: {
    table: "provincial_lists",
    name: (r) => r.title,
    columns: (r) => ({ province: r.province, kind: r.kind }),
    filters: { province: equals("province"), kind: equals("kind") },
  },
  provincePilots: {
    table: "province_pilots",
    name: (r) => `${r.programme} ${r.document ?? ""}`,
    // The stage is kept in the `kind` column, so that no table needs a new column.
    columns: (r) => ({ province: r.province, kind: r.stage }),
    filters: { province: equals("province"), stage: equals("kind") },
  },
  incentivePolicies: {
    table: "incentive_policies",
    name: (r) => `${r.title} ${r.issuer ?? ""}`,
    columns: (r) => ({ province: r.province }),
    links: (r) => r.kinds.map((kind) => ["kind", kind]),
    filters: { province: equals("province"), kind: { type: "link", attribute: "kind" } },
  },
  implementingDocuments: {
    table: "implementing_documents",
    name: (r) => `${r.title} ${r.publisher ?? ""}`,
    columns: (r) => ({ region: r.region, province: r.province }),
    filters: { region },
  },
};
