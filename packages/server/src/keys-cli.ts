import { parseArgs } from "node:util";
import { createApiKey, keyRoles, listApiKeys, revokeApiKey } from "./db/api-keys.js";
import { describeStorage } from "./db/dialect.js";
import { type Database, openDatabase } from "./db/open.js";
import { isEmpty, seedDatabase } from "./seed/load.js";

export const keysUsage = `Usage: chanjiao-server keys create --organisation ID [--role admin|editor] [--name LABEL] [--db FILE]
       chanjiao-server keys list [--db FILE]
       chanjiao-server keys revoke KEY_ID [--db FILE]

Manages the API keys that sign writes. A key belongs to one organisation and has a role: an
editor writes the records its organisation keeps (see docs/operating.md), an admin every record
and the reference data. "create" prints the key once, on standard output; only its hash is stored.

  --db FILE|URL        SQLite database file or postgres:// URL (default ./chanjiao.db)
  --organisation ID    the organisation (an id of /v1/organisations) the key writes for
  --role ROLE          editor (default) or admin
  --name LABEL         a note to tell keys apart, such as who holds it`;

class UsageError extends Error {}

async function withDatabase<T>(file: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(file);
  try {
    // As when serving: a new database is seeded, so that organisations exist to hold keys.
    if (await isEmpty(db)) await seedDatabase(db);
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Runs `chanjiao-server keys ...`; returns the exit code. */
export async function runKeysCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: "string", default: "./chanjiao.db" },
      organisation: { type: "string" },
      role: { type: "string", default: "editor" },
      name: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [action, ...rest] = positionals;
  try {
    if (values.help) {
      console.log(keysUsage);
      return 0;
    }
    switch (action) {
      case "create": {
        const organisationId = values.organisation;
        if (!organisationId || rest.length) throw new UsageError("keys create needs --organisation ID and nothing else.");
        const role = keyRoles.find((known) => known === values.role);
        if (!role) throw new UsageError(`--role must be admin or editor, not ${JSON.stringify(values.role)}.`);
        return await withDatabase(values.db, async (db) => {
          const organisation = await db.selectFrom("organisations").select("name").where("id", "=", organisationId).executeTakeFirst();
          if (!organisation) {
            console.error(`No organisation with id ${JSON.stringify(organisationId)} in ${describeStorage(values.db)}.`);
            return 1;
          }
          const { key, info } = await createApiKey(db, { organisationId, role, ...(values.name === undefined ? {} : { name: values.name }) });
          console.error(`Created ${info.id} (${info.prefix}…), ${info.role} for ${organisation.name}. Store the key now: it cannot be shown again.`);
          console.log(key);
          return 0;
        });
      }
      case "list": {
        if (rest.length) throw new UsageError("keys list takes no arguments.");
        return await withDatabase(values.db, async (db) => {
          for (const key of await listApiKeys(db)) {
            const state = key.revokedAt ? `revoked ${key.revokedAt}` : "active";
            console.log([key.id, `${key.prefix}…`, key.organisationId, key.role, key.name ?? "-", key.createdAt, state].join("\t"));
          }
          return 0;
        });
      }
      case "revoke": {
        const [id, ...extra] = rest;
        if (!id || extra.length) throw new UsageError("keys revoke needs exactly one KEY_ID.");
        return await withDatabase(values.db, async (db) => {
          if (await revokeApiKey(db, id)) {
            console.log(`Revoked ${id}.`);
            return 0;
          }
          console.error(`No active key with id ${JSON.stringify(id)}.`);
          return 1;
        });
      }
      default:
        throw new UsageError(action ? `Unknown keys action ${JSON.stringify(action)}.` : "keys needs an action.");
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${keysUsage}`);
    return 2;
  }
}
