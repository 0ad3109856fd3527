import { createClient, type ChanjiaoClient, type CooperationProject } from "@chanjiao/sdk";

async function urlFrom(path: string): Promise<string> {
  const response = await fetch(path);
  const { url } = (await response.json()) as { url: string };
  return url;
}

/** The root of the seeded API server that web-test-runner.config.js started for this run. */
export const apiUrl = () => urlFrom("/__chanjiao/api-url");

/** The root of the API server holding only the records of hostile-corpus.ts (see web-test-runner.config.js). */
export const hostileApiUrl = () => urlFrom("/__chanjiao/hostile-api-url");

/** A well-formed record, for tests that answer requests themselves. */
export const sampleProject: CooperationProject = {
  id: "test-luban-thailand",
  name: "泰国鲁班工坊",
  nameEn: "Luban Workshop in Thailand",
  kind: "luban-workshop",
  countries: [{ name: "Thailand", nameZh: "泰国" }],
  hostInstitution: "Ayutthaya Technical College",
  partners: ["天津渤海职业技术学院"],
  regions: ["120000"],
  leadOrganisationIds: [],
  fields: ["自动化", "新能源汽车"],
  fieldsEn: ["Automation", "New-energy vehicles"],
  opened: "2016-03-08",
  year: 2016,
  status: "operating",
  note: null,
  source: "Test fixture",
  citations: [],
  sample: false,
};

/**
 * A client whose every request is answered by `respond` (a record, or a Response for anything
 * else), so tests can send what a real server never would.
 */
export function clientAnswering(respond: (url: URL) => unknown | Promise<unknown>): ChanjiaoClient {
  return createClient({
    baseUrl: "https://api.invalid/v1",
    retry: 0,
    fetch: async (input) => {
      const request = new Request(input);
      const body = await respond(new URL(request.url));
      return body instanceof Response ? body : Response.json(body);
    },
  });
}
