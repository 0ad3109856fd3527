/**
 * Checks and normalises the API root (such as `https://api.example.org/v1`, with or without a
 * trailing slash) into a form without the trailing slash, so paths can be appended with `/`.
 */
export function normaliseBaseUrl(baseUrl: string): string {
  const example = `such as "https://data.example.org/v1"`;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`createClient: baseUrl must be an absolute http(s) URL ${example}, got ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`createClient: baseUrl must use http or https, got ${JSON.stringify(baseUrl)}`);
  }
  // A query or fragment would be silently lost when paths are appended, so refuse it outright.
  if (url.search || url.hash) {
    throw new TypeError(`createClient: baseUrl must not have a query or fragment, got ${JSON.stringify(baseUrl)}`);
  }
  return `${url.origin}${withoutTrailingSlashes(url.pathname)}`;
}

/**
 * `path` without its trailing slashes. A loop rather than /\/+$/, which backtracks quadratically
 * over a long run of slashes followed by anything else.
 */
export function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === "/") end--;
  return path.slice(0, end);
}
