import { randomBytes } from "node:crypto";
import { type CollectionName, collections } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { citationsOf } from "../seed/citations.js";
import { provinceOf } from "../seed/cities.js";

type AnyRecord = Record<string, unknown>;

// What a record is by the contract alone, without the database: also run in an import's worker thread.

let idCounter = 0;

/** Random hexadecimal characters for ids, drawn a block at a time: a bulk import assigns an id to every row. */
let idRandom = "";
let idRandomAt = 0;

/** Eight random hexadecimal characters. */
function randomHex(): string {
  if (idRandomAt === idRandom.length) {
    idRandom = randomBytes(4096).toString("hex");
    idRandomAt = 0;
  }
  idRandomAt += 8;
  return idRandom.slice(idRandomAt - 8, idRandomAt);
}

/** The time part of ids made in the same millisecond, written once. */
let idTime = { at: 0, text: "0" };

/**
 * A new record id: the collection's path, then the time and a counter (so ids a thread assigns
 * sort in the order made, and a bulk import appends to the id index instead of scattering into it),
 * then random characters (so servers sharing a database, or threads of one, never assign the same id).
 */
export function newRecordId(collection: CollectionName): string {
  idCounter = (idCounter + 1) % 36 ** 4;
  const now = Date.now();
  if (now !== idTime.at) idTime = { at: now, text: now.toString(36) };
  return `${collections[collection].path}-${idTime.text}${idCounter.toString(36).padStart(4, "0")}-${randomHex()}`;
}

/** The last source read into citations: the rows of an imported file mostly share one source. */
let lastCited: { source: string; citations: ReturnType<typeof citationsOf> } | undefined;

/** The citations of a record's `source`, unless the writer gave its own: a text that is not a string is refused by the contract. */
function citationsFollow(body: AnyRecord): AnyRecord {
  if (body.citations !== undefined || typeof body.source !== "string") return {};
  if (lastCited?.source !== body.source) lastCited = { source: body.source, citations: citationsOf(body.source) };
  // Shared between records, and only read: the contract's check gives each record its own copy.
  return { citations: lastCited.citations };
}

/**
 * The record a create body makes: an id when none is given, not sample data unless said, citations
 * from its source unless given. Built by assignment: spreading the body into a literal that adds
 * fields costs ten times as much, and an import makes a record of every row.
 */
export function createdRecord(collection: CollectionName, body: AnyRecord): AnyRecord {
  const record = Object.assign({}, body, citationsFollow(body));
  if (typeof record.id !== "string") record.id = newRecordId(collection);
  record.sample ??= false;
  return record;
}

/**
 * The record a patch leaves: the fields given replace the stored ones; a new region without a
 * province moves the province too, and a new source without citations brings its own citations.
 */
export function patchedRecord(current: AnyRecord, patch: AnyRecord): AnyRecord {
  const next: AnyRecord = { ...current, ...patch, ...(patch.source === current.source ? {} : citationsFollow(patch)), id: current.id };
  if (patch.region !== undefined && patch.province === undefined && "province" in current) delete next.province;
  return next;
}

/** A record the contract refuses, with its issues. */
export interface ContractFault {
  kind: "invalid";
  issues: readonly z.core.$ZodIssue[];
  missing: readonly [];
}

const compiledSchemas = new Map<CollectionName, z.core.$ZodObject>();

/**
 * The collection's record schema with its fields checked by code compiled once, as the full zod
 * builds objects: zod/mini checks an object's fields in a loop, so that it runs where code cannot be
 * compiled (a browser's strict content policy), at twice the cost. The same definition, the same
 * answers; the server checks every row of an import.
 */
function compiledSchema(collection: CollectionName): z.core.$ZodObject {
  let schema = compiledSchemas.get(collection);
  if (!schema) compiledSchemas.set(collection, (schema = new z.core.$ZodObjectJIT({ ...(collections[collection].schema as z.ZodMiniObject)._zod.def })));
  return schema;
}

/** The whole record checked by the collection's schema; `province` is derived from `region` where it is left out. */
export function checkContract(collection: CollectionName, record: AnyRecord): { record: AnyRecord } | ContractFault {
  const schema = compiledSchema(collection);
  if ("province" in schema._zod.def.shape && record.province === undefined) record.province = typeof record.region === "string" ? provinceOf(record.region) : null;
  const result = z.safeParse(schema, record);
  return result.success ? { record: result.data as AnyRecord } : { kind: "invalid", issues: result.error.issues, missing: [] };
}
