import { createClient, type ChanjiaoClient } from "@chanjiao/sdk";

/** A client of the API at `baseUrl` that also hands every string of its answers to `record`, with the field it came from. */
export function recordingClient(baseUrl: string, record: (text: string, field: string) => void): ChanjiaoClient {
  const collect = (value: unknown, field: string): void => {
    if (typeof value === "string") record(value.trim(), field);
    else if (Array.isArray(value)) value.forEach((item) => collect(item, field));
    else if (value && typeof value === "object") Object.entries(value).forEach(([key, item]) => collect(item, key));
  };
  return createClient({
    baseUrl,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (response.headers.get("content-type")?.includes("json")) collect(await response.clone().json(), "");
      return response;
    },
  });
}
