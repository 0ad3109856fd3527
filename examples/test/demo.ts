import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const examples = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export interface Demo {
  url: string;
  /** The demo's SQLite file, for a test that needs keys made as an operator makes them. */
  database: string;
  stop(): Promise<void>;
}

/** Starts the demo as `pnpm start` does after building, on a fresh database and a free port. */
export async function startDemo(): Promise<Demo> {
  const dir = await mkdtemp(join(tmpdir(), "chanjiao-demo-"));
  const child = spawn(
    process.execPath,
    ["--conditions", "source", "--import", "tsx", "serve.ts", "--port", "0", "--db", join(dir, "demo.db")],
    { cwd: examples, stdio: ["ignore", "pipe", "pipe"] },
  );
  const url = await new Promise<string>((resolveUrl, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`demo did not start within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Chanjiao demo: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code) => reject(new Error(`demo exited with ${code}:\n${output}`)));
  });
  return {
    url,
    database: join(dir, "demo.db"),
    async stop() {
      await stopChild(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      done();
    });
    child.kill("SIGTERM");
  });
}
