import type { MiddlewareHandler } from "hono";

/** How long browsers keep to HTTPS once told by `Strict-Transport-Security`: one year. */
export const hstsMaxAgeSeconds = 365 * 24 * 60 * 60;

/** Options of {@link securityHeaders}. */
export interface SecurityHeaderOptions {
  /** Sends `Strict-Transport-Security`: only when clients reach the server over HTTPS (as behind a TLS proxy). */
  hsts?: boolean;
}

/**
 * Headers of an API answer: JSON is data, never a document, so it may load nothing, may not be
 * framed, and may be read by pages of any site (widgets fetch it from their own origin).
 */
const apiHeaders: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "cross-origin",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "X-Frame-Options": "DENY",
};

/**
 * Static pages need their scripts, styles and images, so they get no `default-src 'none'`; they may
 * be framed only by their own origin. Their scripts (the CDN build) are loaded by other sites too.
 */
export const staticFileHeaders: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Cross-Origin-Resource-Policy": "cross-origin",
  "Content-Security-Policy": "frame-ancestors 'self'",
  "X-Frame-Options": "SAMEORIGIN",
};

/** The security headers of an API answer. */
export function apiSecurityHeaders(options: SecurityHeaderOptions = {}): Record<string, string> {
  return options.hsts ? { ...apiHeaders, "Strict-Transport-Security": `max-age=${hstsMaxAgeSeconds}` } : apiHeaders;
}

/**
 * Adds the security headers to every response (errors and 304s included) that does not already
 * carry its own, as static files do. Mount it outermost, so that it also sees the answers of the
 * ETag middleware.
 */
export function securityHeaders(options: SecurityHeaderOptions = {}): MiddlewareHandler {
  const hsts = apiSecurityHeaders(options)["Strict-Transport-Security"];
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    for (const [name, value] of Object.entries(apiHeaders)) {
      if (!headers.has(name)) headers.set(name, value);
    }
    if (hsts) headers.set("Strict-Transport-Security", hsts);
  };
}
