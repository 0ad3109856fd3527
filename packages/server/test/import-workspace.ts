import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Database, openDatabase } from "../src/index.ts";
import { runCli } from "./cli-process.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

/** What a test of imports works in: a database seeded as the CLI seeds it, a connection to it, and a directory for its files. */
export interface ImportWorkspace {
  database: TestDatabase;
  db: Database;
  directory: string;
  remove(): Promise<void>;
}

/** A new {@link ImportWorkspace}; `remove()` closes the connection and removes the database and the directory. */
export async function importWorkspace(name: string): Promise<ImportWorkspace> {
  const database = await createTestDatabase(name);
  const directory = await mkdtemp(join(tmpdir(), `chanjiao-${name}-`));
  const db = await openDatabase(database.location);
  // Seeded by the first command; the tests read the same database.
  await runCli(["keys", "list", "--db", database.location]);
  return {
    database,
    db,
    directory,
    async remove() {
      await db.destroy();
      await database.drop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
