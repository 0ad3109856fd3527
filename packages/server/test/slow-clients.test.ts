import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { stopChild } from "./cli-process.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";
import { makeSite, type Site } from "./static-site.ts";

const processScript = fileURLToPath(new URL("./static-server-process.ts", import.meta.url));
const fileBytes = 15 * 1024 * 1024;

let site: Site;
const databases: TestDatabase[] = [];
const children: ChildProcess[] = [];

before(async () => {
  site = await makeSite();
  await writeFile(join(site.root, "big.js"), Buffer.alloc(fileBytes, 0x20));
});
after(async () => {
  for (const child of children) await stopChild(child);
  for (const database of databases) await database.drop();
  await site?.remove();
});

async function startProcess(limits: object): Promise<{ child: ChildProcess; host: string; port: number }> {
  const database = await createTestDatabase("slow");
  databases.push(database);
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions", "source", processScript, site.root, database.location, JSON.stringify(limits)], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  const origin = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  const url = new URL(origin);
  return { child, host: url.hostname, port: Number(url.port) };
}

async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

function open(port: number, head: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port }, () => {
      socket.write(head);
      resolve(socket);
    });
    socket.once("error", reject);
  });
}

const closed = (socket: Socket) => new Promise<string>((resolve) => {
  let received = "";
  socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
  socket.once("close", () => resolve(received));
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("slow clients cannot hold the server", () => {
  it("streams: 20 clients that do not read a 15 MB file keep resident memory bounded", async () => {
    const { child, port } = await startProcess({});
    // Warm up: the first answer loads code that later answers would otherwise be charged for.
    assert.equal((await fetch(`http://127.0.0.1:${port}/files/big.js`).then((r) => r.arrayBuffer())).byteLength, fileBytes);
    const before = await residentBytes(child.pid!);
    const sockets = await Promise.all(Array.from({ length: 20 }, () => open(port, "GET /files/big.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")));
    for (const socket of sockets) socket.pause();
    await pause(1_500);
    const during = await residentBytes(child.pid!);
    for (const socket of sockets) socket.destroy();
    const grown = during - before;
    // Reading the file whole for each would add 20 × 15 MB = 300 MB.
    assert.ok(grown < 60 * 1024 * 1024, `resident memory grew by ${Math.round(grown / 1024 / 1024)} MB`);
  });

  it("closes connections beyond the cap at once, and those that never finish their head after the headers timeout", async () => {
    const { port } = await startProcess({ maxConnections: 5, headersTimeoutMs: 1_000 });
    const partial = "GET /files/app.js HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    const held = await Promise.all(Array.from({ length: 5 }, () => open(port, partial)));
    const heldClosing = held.map(closed);
    const extra = await open(port, partial);
    const extraAnswer = await Promise.race([closed(extra), pause(800).then(() => "still open")]);
    assert.equal(extraAnswer, "", "the sixth connection is closed without an answer");
    const answers = await Promise.race([Promise.all(heldClosing), pause(8_000).then(() => null)]);
    assert.ok(answers, "the five slow connections were closed");
    for (const answer of answers) assert.match(answer, /^HTTP\/1\.1 408/);
    const response = await fetch(`http://127.0.0.1:${port}/files/app.js`);
    assert.equal(await response.text(), "export const app = 1;", "the server serves again once they are gone");
  });
});
