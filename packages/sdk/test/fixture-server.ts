import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve, sep } from "node:path";

/** Answers one request of the fixture server. */
export type Handler = (request: IncomingMessage, response: ServerResponse, attempt: number) => void;

/** A local HTTP server whose behaviour each test sets, recording the requests it receives. */
export interface FixtureServer {
  /** The API root, `http://127.0.0.1:PORT/v1`. */
  readonly baseUrl: string;
  /** Request targets received since the last `respond`, such as `/v1/consortia?limit=5`. */
  readonly requests: string[];
  /** Sets how the next requests are answered and forgets earlier requests. */
  respond(handler: Handler): void;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  let handler: Handler = (_request, response) => sendJson(response, 500, {});
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? "");
    handler(request, response, requests.length);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    respond(next) {
      handler = next;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "application/json", "x-request-id": "req-fixture", ...headers });
  response.end(JSON.stringify(body));
}

export function sendProblem(response: ServerResponse, status: number, title: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "application/problem+json", "x-request-id": "req-header", ...headers });
  response.end(JSON.stringify({ type: "about:blank", title, status, requestId: "req-problem" }));
}

/** A consortium that satisfies the contract; tests spoil one field at a time. */
export function consortium(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    name: `联合体 ${id}`,
    kind: "city",
    province: "320000",
    region: "320500",
    batch: 1,
    founded: "2023-07",
    status: "confirmed",
    industries: ["新一代信息技术"],
    field: null,
    parkIds: [],
    leadOrganisationIds: [],
    council: [],
    members: null,
    membersEn: null,
    note: null,
    source: "https://example.org/source",
    citations: [],
    sample: false,
    ...overrides,
  };
}

/**
 * A handler that serves the files under `root` as a plain static host does: the URL's path names
 * the file, the query is ignored, anything else is a 404 in plain text.
 */
export function serveFiles(root: string): Handler {
  return (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://host").pathname);
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(resolve(root) + sep)) return void response.writeHead(404).end("Not found");
    readFile(file).then(
      (body) => response.writeHead(200, { "content-type": "application/json" }).end(body),
      () => response.writeHead(404, { "content-type": "text/plain" }).end("Not found"),
    );
  };
}
