import { type CollectionName, collections, createBodyOf, type RecordHistory, TalentDemandCreate } from "@chanjiao/sdk";
import type { SignedIn } from "../../app/session.js";
import { fieldsOf, type Field, type Schema } from "./fields.js";

type AnyRecord = Record<string, unknown>;
type Versioned = { record: AnyRecord; etag: string };

/** The writes of one collection, as the form uses them, whatever the collection's own methods are called. */
export interface RecordWriter {
  read(id: string): Promise<Versioned>;
  create(body: AnyRecord): Promise<Versioned>;
  update(id: string, patch: AnyRecord, ifMatch: string): Promise<Versioned>;
  /** Deletes the record, or withdraws a talent demand posting (which stays listed as withdrawn). */
  remove(id: string, ifMatch: string): Promise<void>;
  history(id: string): Promise<RecordHistory>;
  /** True when `remove` withdraws rather than deletes. */
  withdraws: boolean;
}

interface AnyWriter {
  getWithEtag(id: string): Promise<Versioned>;
  create(body: AnyRecord): Promise<Versioned>;
  update(id: string, patch: AnyRecord, options: { ifMatch: string }): Promise<Versioned>;
  remove?(id: string, options: { ifMatch: string }): Promise<void>;
  withdraw?(id: string, options: { ifMatch: string }): Promise<Versioned>;
  history(id: string): Promise<RecordHistory>;
}

/** The collection's writer on the signed-in client. */
export function writerOf(signedIn: SignedIn, name: CollectionName): RecordWriter {
  const writer = signedIn.client[name] as unknown as AnyWriter;
  return {
    read: (id) => writer.getWithEtag(id),
    create: (body) => writer.create(body),
    update: (id, patch, ifMatch) => writer.update(id, patch, { ifMatch }),
    remove: async (id, ifMatch) => {
      if (writer.withdraw) await writer.withdraw(id, { ifMatch });
      else await writer.remove!(id, { ifMatch });
    },
    history: (id) => writer.history(id),
    withdraws: writer.withdraw !== undefined,
  };
}

/**
 * The fields the form edits: the create body's (what a writer may send), less what the server
 * sets itself: `province`, which follows `region`.
 */
export function formFieldsOf(name: CollectionName): Field[] {
  const schema = name === "talentDemand" ? TalentDemandCreate : createBodyOf(collections[name].schema);
  const fields = fieldsOf(schema as unknown as Schema);
  const derivesProvince = fields.some((field) => field.name === "region");
  return fields.filter((field) => !(derivesProvince && field.name === "province"));
}
