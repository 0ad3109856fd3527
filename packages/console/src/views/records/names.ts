import { type CollectionName, collections } from "@chanjiao/sdk";
import type { SignedIn } from "../../app/session.js";
import { titleOf } from "./collection.js";

const known = new Map<string, Promise<string>>();

/** The name of a referenced record, read once per session and kept; its id when it cannot be read. */
export function nameOf(signedIn: SignedIn, collection: CollectionName, id: string): Promise<string> {
  const key = `${collection} ${id}`;
  let name = known.get(key);
  if (!name) {
    name = signedIn.client
      .collection(collections[collection])
      .get(id)
      .then((record) => titleOf(record as Record<string, unknown>), () => id);
    known.set(key, name);
  }
  return name;
}

/** Remembers the name of a record just read, so that tables and pickers need not read it again. */
export function rememberName(collection: CollectionName, id: string, name: string): void {
  known.set(`${collection} ${id}`, Promise.resolve(name));
}
