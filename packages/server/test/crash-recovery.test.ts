import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { collections, TalentDemand, type TalentDemandCreate } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { runCli, startCli, stopChild } from "./cli-process.ts";
import { listAll } from "./helpers.ts";

// Postings are told apart from the seed by a period no seeded record has.
const period = 2039;
const postings = 400;
const concurrency = 24;
const killAfterAcknowledged = 150;

let directory: string;
let file: string;
let server: ChildProcess | undefined;

before(async () => {
  directory = await mkdtemp(join(tmpdir(), "chanjiao-crash-"));
  file = join(directory, "crash.db");
});
after(async () => {
  await stopChild(server);
  await rm(directory, { recursive: true, force: true });
});

const bodyOf = (index: number): TalentDemandCreate => ({
  region: "320500",
  industry: "新材料",
  occupation: `材料检测员 ${index}`,
  majorCategoryId: "mc-43",
  level: "高职专科",
  headcount: index + 1,
  period,
});
const patchedHeadcount = (index: number) => 10_000 + index;

/** The server's answer to one write, or null when the connection failed before an answer. */
async function attempt(url: string, init: RequestInit): Promise<Response | null> {
  try {
    return await fetch(url, init);
  } catch {
    return null;
  }
}

describe("killed with SIGKILL while publishing", () => {
  it("keeps every acknowledged write, once, across the restart; replays create no duplicates", async () => {
    const start = () => startCli(["--db", file, "--port", "0", "--write-rate", "100000/minute"]);
    let { child, api } = await start();
    server = child;
    const organisations = (await (await fetch(`${api}/organisations?kind=enterprise&limit=1`)).json()) as { items: Array<{ id: string }> };
    const organisationId = organisations.items[0]!.id;
    const created = await runCli(["keys", "create", "--db", file, "--organisation", organisationId]);
    assert.equal(created.code, 0, created.stderr);
    const headers = { Authorization: `Bearer ${created.stdout.trim()}`, "Content-Type": "application/json" };
    const post = (index: number) => ({ method: "POST", headers: { ...headers, "Idempotency-Key": `crash-${index}` }, body: JSON.stringify(bodyOf(index)) });

    const acknowledged = new Map<number, z.output<typeof TalentDemand>>();
    const patched = new Set<number>();
    const patchesUnanswered = new Set<number>();
    const sent: number[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < postings) {
        const index = next++;
        sent.push(index);
        const response = await attempt(`${api}/talent-demand`, post(index));
        if (response?.status !== 201) continue;
        const record = z.parse(TalentDemand, await response.json());
        acknowledged.set(index, record);
        if (acknowledged.size >= killAfterAcknowledged && !killed) {
          killed = true;
          child.kill("SIGKILL");
        }
        // Every third posting is changed at once, so that updates are in flight at the kill too.
        if (index % 3 === 0 && !killed) {
          patchesUnanswered.add(index);
          const patch = await attempt(`${api}/talent-demand/${record.id}`, {
            method: "PATCH",
            headers: { ...headers, "If-Match": response.headers.get("etag")! },
            body: JSON.stringify({ headcount: patchedHeadcount(index) }),
          });
          if (patch?.status === 200) {
            patchesUnanswered.delete(index);
            patched.add(index);
          } else if (patch) {
            assert.fail(`PATCH answered ${patch.status}: ${await patch.text()}`);
          }
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    assert.ok(killed, "the server was killed mid-stream");
    await stopChild(child);
    assert.ok(sent.length > acknowledged.size, "some writes were in flight at the kill");

    ({ child, api } = await start());
    server = child;
    const demandOf = (id: string) => fetch(`${api}/talent-demand/${id}`);
    for (const [index, record] of acknowledged) {
      const response = await demandOf(record.id);
      assert.equal(response.status, 200, `acknowledged posting ${index} is gone`);
      const stored = z.parse(TalentDemand, await response.json());
      assert.equal(stored.occupation, bodyOf(index).occupation);
      const headcounts = patched.has(index) ? [patchedHeadcount(index)] : patchesUnanswered.has(index) ? [index + 1, patchedHeadcount(index)] : [index + 1];
      assert.ok(headcounts.includes(stored.headcount), `posting ${index}: headcount ${stored.headcount}, acknowledged ${headcounts.join(" or ")}`);
    }
    const ours = `${api}/talent-demand?publisherId=${organisationId}&period=${period}&limit=200`;
    const afterRestart = await listAll(ours, collections.talentDemand.schema);
    assert.ok(afterRestart.length >= acknowledged.size, `${afterRestart.length} stored, ${acknowledged.size} acknowledged`);
    assert.ok(afterRestart.length <= sent.length, `${afterRestart.length} stored, only ${sent.length} sent`);

    for (const index of sent) {
      const response = await fetch(`${api}/talent-demand`, post(index));
      assert.ok(response.status === 201 || response.status === 200, `re-sent posting ${index}: ${response.status}`);
      const record = z.parse(TalentDemand, await response.json());
      const first = acknowledged.get(index);
      if (first) {
        assert.equal(response.headers.get("idempotent-replayed"), "true", `posting ${index} was published twice`);
        assert.equal(record.id, first.id);
      }
    }
    const afterReplay = await listAll(ours, collections.talentDemand.schema);
    assert.equal(afterReplay.length, sent.length, "each Idempotency-Key holds exactly one posting");
  });
});
