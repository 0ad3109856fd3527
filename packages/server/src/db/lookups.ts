import type { CollectionName, Consortium } from "@chanjiao/sdk";
import type { Transaction } from "kysely";
import { recordKey, referencedCollections } from "./references.js";
import { storage } from "./storage.js";
import type { ChanjiaoDatabase } from "./tables.js";

/**
 * The reads that checking a write needs (does a referenced record exist; which organisations keep
 * a record), inside the write's transaction and remembered for its length: an import of 100,000
 * rows naming the same few regions and categories asks the database once for each.
 */
export class Lookups {
  readonly trx: Transaction<ChanjiaoDatabase>;
  readonly #exists = new Map<string, boolean>();
  readonly #lookingUp = new Map<string, Promise<boolean>>();
  readonly #governments = new Map<string, Promise<string[]>>();
  readonly #consortia = new Map<string, Promise<Consortium[]>>();
  readonly #data = new Map<string, Promise<string | undefined>>();
  readonly #creditCodes = new Map<string, Promise<string | undefined>>();

  constructor(trx: Transaction<ChanjiaoDatabase>) {
    this.trx = trx;
  }

  /** True when the collection holds a record with this id (or one written earlier in this transaction). */
  exists(collection: CollectionName, id: string): boolean | Promise<boolean> {
    // Answered at once when known: an import asks this for every reference of every row.
    const key = recordKey(collection, id);
    return this.#exists.get(key) ?? this.#lookingUp.get(key) ?? this.#lookUp(key, collection, id);
  }

  #lookUp(key: string, collection: CollectionName, id: string): Promise<boolean> {
    const found = this.trx
      .selectFrom(storage[collection].table)
      .select("id")
      .where("id", "=", id)
      .executeTakeFirst()
      .then((row) => {
        this.#exists.set(key, row !== undefined);
        this.#lookingUp.delete(key);
        return row !== undefined;
      });
    // Asked once, however many rows ask before the answer comes.
    this.#lookingUp.set(key, found);
    return found;
  }

  /** True when the record of this key (see {@link recordKey}) is known to exist, without looking it up. */
  knownToExist(key: string): boolean {
    return this.#exists.get(key) === true;
  }

  /**
   * The organisation holding a 统一社会信用代码: the one stored with it, or one checked earlier in
   * this transaction that claimed it (an import's earlier row); undefined when none does.
   */
  creditCodeHolder(code: string): Promise<string | undefined> {
    let holder = this.#creditCodes.get(code);
    if (!holder) {
      holder = this.trx
        .selectFrom("record_links")
        .select("record_id")
        .where("collection", "=", "organisations")
        .where("attribute", "=", "credit-code")
        .where("value", "=", code)
        .orderBy("record_id")
        .executeTakeFirst()
        .then((row) => row?.record_id);
      this.#creditCodes.set(code, holder);
    }
    return holder;
  }

  /** Remembers that an organisation written in this transaction holds a credit code. */
  claimCreditCode(code: string, organisationId: string): void {
    this.#creditCodes.set(code, Promise.resolve(organisationId));
  }

  /** The stored JSON of a record of reference data (a category, a class), or undefined; asked once per transaction. */
  data(collection: CollectionName, id: string): Promise<string | undefined> {
    const key = `${collection} ${id}`;
    let found = this.#data.get(key);
    if (!found) {
      found = this.trx
        .selectFrom(storage[collection].table)
        .select("data")
        .where("id", "=", id)
        .executeTakeFirst()
        .then((row) => row?.data);
      this.#data.set(key, found);
    }
    return found;
  }

  /** The id of the major holding a code (its stored name starts with the code), or undefined. */
  async majorWithCode(code: string): Promise<string | undefined> {
    const row = await this.trx.selectFrom("majors").select("id").where("name", "like", `${code} %`).executeTakeFirst();
    return row?.id;
  }

  /** Notes a record written or removed in this transaction (of a collection that records name: no other is looked up). */
  remember(collection: CollectionName, id: string, exists: boolean): void {
    if (referencedCollections.has(collection)) this.#exists.set(recordKey(collection, id), exists);
  }

  /** The government organisations of a province: its education department and the like. */
  governmentsOf(province: string): Promise<string[]> {
    let ids = this.#governments.get(province);
    if (!ids) {
      ids = this.trx
        .selectFrom("organisations")
        .select("id")
        .where("kind", "=", "government")
        .where("province", "=", province)
        .execute()
        .then((rows) => rows.map((row) => row.id));
      this.#governments.set(province, ids);
    }
    return ids;
  }

  /** The consortia with this id, or every consortium (to find those built around a park). */
  consortia(id?: string): Promise<Consortium[]> {
    const key = id ?? "";
    let found = this.#consortia.get(key);
    if (!found) {
      let query = this.trx.selectFrom("consortia").select("data");
      if (id !== undefined) query = query.where("id", "=", id);
      found = query.execute().then((rows) => rows.map((row) => JSON.parse(row.data) as Consortium));
      this.#consortia.set(key, found);
    }
    return found;
  }
}
