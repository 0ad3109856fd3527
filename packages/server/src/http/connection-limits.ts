/** How long and how many connections the server holds, so that slow or idle clients cannot hold it. */
export interface ConnectionLimits {
  /** Time a client has to send the whole request head; default 10 s. */
  headersTimeoutMs: number;
  /** Time a client has to send the whole request, body included; default 60 s (a 50 MB import over a slow line). */
  requestTimeoutMs: number;
  /** Time an idle keep-alive connection is kept open; default 5 s. */
  keepAliveTimeoutMs: number;
  /** Connections open at once; those beyond are closed as they arrive. Default 1,000. */
  maxConnections: number;
}

export const defaultConnectionLimits: ConnectionLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 60_000, keepAliveTimeoutMs: 5_000, maxConnections: 1_000 };

/** The options of `http.createServer` that enforce the limits. */
export function httpServerOptions(limits: ConnectionLimits) {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // Node checks the two timeouts on this interval (30 s by default), which would stretch a 10 s limit to 40 s.
    connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
  };
}

/** Applies what `createServer` does not take as an option. */
export function applyConnectionCap(server: { maxConnections: number }, limits: ConnectionLimits): void {
  server.maxConnections = limits.maxConnections;
}
