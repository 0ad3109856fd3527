import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createApiKey, openDatabase, revokeApiKey, startServer } from "@chanjiao/server";
import { consoleDir } from "@chanjiao/console";
import type { Consortium } from "@chanjiao/sdk";

const repository = fileURLToPath(new URL("../../../", import.meta.url));

/** The school of the school-site example, and another school whose records its editors must not see. */
export const school = "school-1108860d48";
export const otherSchool = "sample-school-01";

/** A running server with the built console at /console/ and the school-site example, on a fresh SQLite database. */
export interface ConsoleSite {
  url: string;
  keys: { editor: string; otherEditor: string; admin: string; revoked: string; reviewer: string; otherReviewer: string };
  /** The city whose submissions `reviewer` reviews (its consortium office's); `otherReviewer` reviews another province's city. */
  reviewedRegion: string;
  stop(): Promise<void>;
}

/** Starts the reference server as `pnpm start` serves the console, with keys for each kind of user. */
export async function startConsoleSite(): Promise<ConsoleSite> {
  const dir = await mkdtemp(join(tmpdir(), "chanjiao-console-"));
  const location = join(dir, "console.db");
  const server = await startServer({
    db: location,
    port: 0,
    console: consoleDir,
    writeRate: { requests: 1000, perSeconds: 60 },
    static: {
      "/cdn/": join(repository, "packages/elements/dist/cdn"),
      "/school-site/": { dir: join(repository, "examples/school-site"), files: ["index.html"] },
      "/plain-html/": { dir: join(repository, "examples/plain-html"), files: ["page.css"] },
    },
  });
  const db = await openDatabase(location);
  const operator = await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").orderBy("id").executeTakeFirstOrThrow();
  const cities = (await db.selectFrom("consortia").select("data").where("kind", "=", "city").orderBy("id").execute())
    .map((row) => JSON.parse(row.data) as Consortium)
    .filter((consortium) => consortium.region !== null && consortium.leadOrganisationIds.length > 0);
  const reviewed = cities[0]!;
  const other = cities.find((consortium) => consortium.province !== reviewed.province)!;
  const revoked = await createApiKey(db, { organisationId: school });
  await revokeApiKey(db, revoked.info.id);
  const keys = {
    editor: (await createApiKey(db, { organisationId: school, name: "教务处" })).key,
    otherEditor: (await createApiKey(db, { organisationId: otherSchool })).key,
    admin: (await createApiKey(db, { organisationId: operator.id, role: "admin", name: "operator" })).key,
    revoked: revoked.key,
    reviewer: (await createApiKey(db, { organisationId: reviewed.leadOrganisationIds[0]!, name: "联合体秘书处" })).key,
    otherReviewer: (await createApiKey(db, { organisationId: other.leadOrganisationIds[0]! })).key,
  };
  await db.destroy();
  return {
    url: server.url,
    keys,
    reviewedRegion: reviewed.region!,
    async stop() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
