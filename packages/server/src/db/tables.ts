import type { ColumnType, Generated } from "kysely";

/** Columns every record table has: the stable id, a name for free-text search and the record itself. */
export interface StoredRecordRow {
  id: string;
  /** What `q` matches: the record's name, title or occupation. */
  name: string;
  /** The full record as JSON text, returned as is. */
  data: string;
  /** 1 when the record is generated sample data; integers keep the column portable. */
  sample: number;
  source: string;
  // Filter and sort columns; each table has only the ones its collection filters on.
  region?: string | null;
  province?: string | null;
  parent?: string | null;
  kind?: string | null;
  level?: string | null;
  industry?: string | null;
  status?: string | null;
  major_category_id?: string | null;
  school_id?: string | null;
  publisher_id?: string | null;
  consortium_id?: string | null;
  batch?: number | null;
  year?: number | null;
  period?: number | null;
  /** Majors and programmes: the four-digit 专业类 code. */
  class_code?: string | null;
  /** Talent demand and supply: the slot of the record's 专业类 (its 高职专科 code), where it names one. */
  class_slot?: string | null;
  /** Majors: the first and last year the major may have been added in (the same year unless the source gives a range). */
  added_from?: number | null;
  added_to?: number | null;
  /** The summed figure of talent tables: demand headcount or supply graduates. */
  measure?: number | null;
  /** Talent demand only: bumped by every write, the basis of the record's ETag. */
  version?: number;
}

/** A value of a multi-valued attribute (industries, functions, members, training modes, ...). */
export interface RecordLinkRow {
  collection: string;
  record_id: string;
  attribute: string;
  value: string;
}

/** Names of the tables that hold one collection each. */
export const recordTables = [
  "regions",
  "parks",
  "organisations",
  "schools",
  "consortia",
  "major_categories",
  "major_classes",
  "majors",
  "programmes",
  "talent_demand",
  "talent_supply",
  "practice_centres",
  "pathways",
  "cooperation_projects",
  "events",
  "provincial_lists",
  "service_platforms",
  "province_pilots",
  "incentive_policies",
  "implementing_documents",
] as const;

export type RecordTable = (typeof recordTables)[number];
export type FilterColumn = Exclude<keyof StoredRecordRow, "id" | "name" | "data" | "sample" | "source">;

/** An API key: only a hash of the secret is kept, with its prefix so that people can tell keys apart. */
export interface ApiKeyRow {
  id: string;
  prefix: string;
  /** SHA-256 of the whole key, hex. */
  hash: string;
  organisation_id: string;
  name: string | null;
  created_at: string;
  revoked_at: string | null;
  /** `admin` (every record, keys) or `editor` (its organisation's records). */
  role: ColumnType<string, string | undefined, string>;
}

/** One write of one record, in the order written: the change feed and the audit trail. */
export interface ChangeLogRow {
  seq: Generated<number>;
  collection: string;
  record_id: string;
  kind: "created" | "updated" | "removed";
  at: string;
  /** The writer: for the audit trail only, never in the public feed. */
  organisation_id: string | null;
  key_id: string | null;
  /** How the write came: `api`, `import` or `cli`. */
  via: string;
  /** The record as JSON before and after the write; `null` where it did not exist. */
  before: string | null;
  after: string | null;
}

/** The first answer to a POST carrying an `Idempotency-Key`, replayed to retries of it. */
export interface IdempotencyRow {
  organisation_id: string;
  key: string;
  /** SHA-256 of the request body, hex: a retry must send the same body. */
  request_hash: string;
  record_id: string;
  status: number;
  body: string;
  etag: string;
  created_at: string;
}

/** A talent demand submitted without a key, pending until a reviewer of its region approves or rejects it. */
export interface SubmissionRow {
  /** The reference number the submitter follows it by. */
  ref: string;
  status: "pending" | "approved" | "rejected";
  region: string;
  province: string;
  /** SHA-256 of the submission's fields, hex: the same submission sent again is found by it. */
  fingerprint: string;
  /** The submitted body as JSON, contact data included: served only to the region's reviewers. */
  data: string;
  reason: string | null;
  posting_id: string | null;
  organisation_id: string | null;
  submitted_at: string;
  reviewed_at: string | null;
}

/** The database as Kysely sees it. */
export type ChanjiaoDatabase = { [T in RecordTable]: StoredRecordRow } & {
  record_links: RecordLinkRow;
  seed_info: { key: string; value: ColumnType<string, string, string> };
  api_keys: ApiKeyRow;
  idempotency_keys: IdempotencyRow;
  change_log: ChangeLogRow;
  submissions: SubmissionRow;
  /** One row: see db/data-version.ts. */
  data_version: { epoch: string; version: ColumnType<number, number, number> };
};
