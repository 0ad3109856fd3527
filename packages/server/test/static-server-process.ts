/**
 * A server for tests that need one in a process of their own (to read its memory, or to hold its
 * connections): serves `process.argv[2]` under /files/ on a database at `argv[3]`, with the
 * connection limits given as JSON in `argv[4]`, and prints its origin.
 */
import { startServer } from "../src/index.ts";

const [directory, db, limits = "{}"] = process.argv.slice(2);
const server = await startServer({ db: db!, port: 0, static: { "/files/": directory! }, connections: JSON.parse(limits) });
console.log(`listening ${server.url}`);
process.once("SIGTERM", () => void server.close().then(() => process.exit(0)));
