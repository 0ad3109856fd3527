import { audit, changes, consortiumCounts, demandAggregate, majorLeadsOn, majorSignals, provinceProfile, supplyAggregate, talentGaps, type QueryOf, type ResponseOf } from "../schemas/endpoints.js";
import type { Session } from "../schemas/api-keys.js";
import { collections, type CollectionName } from "../schemas/collections.js";
import type { CollectionDefinition } from "../schemas/resources.js";
import { actionSender, type ActionSender } from "./action.js";
import { collectionClient, type CollectionClient, type RecordsClient } from "./collection.js";
import { endpointReader, type EndpointReader } from "./endpoint.js";
import { feedClient, type FeedClient } from "./feed.js";
import { submissionsClient, type SubmissionsClient } from "./submissions.js";
import { importsClient, type ImportsClient } from "./imports.js";
import { keysClient, type KeysClient, readSession } from "./keys-client.js";
import { recordWriter, type CollectionWriter, type WritableCollectionName } from "./record-writer.js";
import { talentDemandWriter, type TalentDemandWriter } from "./talent-demand-writer.js";
import { createTransport, type RequestOptions, type Transport, type TransportOptions } from "./transport.js";

/** Options of {@link createClient}. */
export type ClientOptions = TransportOptions;

/**
 * The least a client offers: the methods of any collection, given its definition. Widgets hold a
 * client through this interface, so a bundle carries only the schemas of the collections it reads.
 */
export interface BaseClient {
  /**
   * The methods of the collection `definition` describes.
   *
   * @example
   * import { cooperationProjects } from "@chanjiao/sdk";
   * const project = await client.collection(cooperationProjects).get("luban-thailand");
   */
  collection<D extends CollectionDefinition>(definition: D): RecordsClient<D>;
  /**
   * Reads an endpoint that is not a collection, given its definition.
   *
   * @example
   * import { demandAggregate } from "@chanjiao/sdk";
   * const totals = await client.read(demandAggregate, { groupBy: "level", region: "440000" });
   */
  read: EndpointReader;
  /**
   * Sends a body to an action of the API that takes no key, given its definition. The body is sent
   * as given: check it with the action's `body` schema first.
   *
   * @example
   * import { submitDemand } from "@chanjiao/sdk";
   * const { ref } = await client.send(submitDemand, submission);
   */
  send: ActionSender;
}

/** The `aggregate` method of the talent demand and talent supply collections. */
export interface AggregateClient<E extends typeof demandAggregate | typeof supplyAggregate> {
  /**
   * Totals per group (`groupBy`) of the records matching the other parameters: headcount for
   * demand, graduates for supply. Invalid parameters reject with a ValidationError before any request.
   */
  aggregate(query: QueryOf<E>, options?: RequestOptions): Promise<ResponseOf<E>>;
}

/** The `counts` method of the consortia collection. */
export interface ConsortiumCountsClient {
  /**
   * Consortia per province and city, by kind, as a map colours them: every province with zeros
   * too, industry communities counted once in every province of their lead and member
   * organisations. Invalid parameters reject with a ValidationError before any request.
   *
   * @example
   * const { provinces } = await client.consortia.counts({ kind: "city" });
   */
  counts(query?: QueryOf<typeof consortiumCounts>, options?: RequestOptions): Promise<ResponseOf<typeof consortiumCounts>>;
}

/** The `leadsOn` method of the majors collection. */
export interface MajorLeadsOnClient {
  /**
   * The majors a major leads on to at each later stage (中职 → 高职专科 → 职业本科), the next stage
   * first: those of the same 专业类 slot. Derived from the catalogue's structure, not an official 衔接
   * table. An unknown code rejects with an HttpError of status 404; a malformed one with a ValidationError.
   *
   * @example
   * const { stages } = await client.majors.leadsOn("710201");
   * console.log(stages[0]?.majors.map((major) => major.name));
   */
  leadsOn(code: string, options?: RequestOptions): Promise<ResponseOf<typeof majorLeadsOn>>;
}

/** Talent demand against supply: `client.talent`. */
export interface TalentClient {
  /**
   * Demand against supply per group, with the trend per period.
   *
   * @example
   * const { items } = await client.talent.gaps({ groupBy: "majorCategory", region: "320000", period: "2023-2025" });
   */
  gaps(query: QueryOf<typeof talentGaps>, options?: RequestOptions): Promise<ResponseOf<typeof talentGaps>>;
  /**
   * Major categories in persistent shortage or surplus over the last `periods` periods (default 3).
   *
   * @example
   * const { items } = await client.talent.signals({ region: "320500", periods: 3, threshold: 1.5 });
   */
  signals(query?: QueryOf<typeof majorSignals>, options?: RequestOptions): Promise<ResponseOf<typeof majorSignals>>;
}

/**
 * One method group per collection of the API, keyed like the `collections` table: its reads and,
 * for every collection but talent demand (see {@link TalentDemandWriter}), its writes.
 */
export type CollectionClients = { readonly [N in CollectionName]: N extends WritableCollectionName ? CollectionClient<N> & CollectionWriter<N> : CollectionClient<N> };

/**
 * A client of the Chanjiao open-data API: `client.consortia.list()`, `client.schools.get(id)`,
 * `client.talentDemand.aggregate({ groupBy: "industry" })`, and so on for every collection.
 */
export interface ChanjiaoClient extends BaseClient, CollectionClients {
  /** Published talent demand, with totals per group, and publishing with an API key. */
  readonly talentDemand: CollectionClient<"talentDemand"> & AggregateClient<typeof demandAggregate> & TalentDemandWriter;
  /** Expected graduates, with totals per group, and their writes. */
  readonly talentSupply: CollectionClient<"talentSupply"> & CollectionWriter<"talentSupply"> & AggregateClient<typeof supplyAggregate>;
  /** The majors of the 2021 catalogue and its additions: search (`q` by code prefix or name), filters, leads-on, and admin writes. */
  readonly majors: CollectionClient<"majors"> & CollectionWriter<"majors"> & MajorLeadsOnClient;
  /** Demand against supply: gaps per group and major-adjustment signals. */
  readonly talent: TalentClient;
  /** 市域产教联合体 and 行业产教融合共同体, with counts per province and city, and their writes. */
  readonly consortia: CollectionClient<"consortia"> & CollectionWriter<"consortia"> & ConsortiumCountsClient;
  /**
   * What is known of a province in one answer: its reform pilots, incentive policies and
   * implementing documents, and its figures from the other collections. An invalid code rejects
   * with a ValidationError before any request; a code of no province with an HttpError of status 404.
   *
   * @example
   * const { pilots, figures } = await client.provinceProfile({ province: "370000" });
   */
  provinceProfile(query: QueryOf<typeof provinceProfile>, options?: RequestOptions): Promise<ResponseOf<typeof provinceProfile>>;
  /**
   * The public change feed: every write in order, each record as it is now or a tombstone, for
   * syncing incrementally.
   *
   * @example
   * for await (const change of client.changes.all({ after: 0, collection: "programmes" })) console.log(change.seq, change.kind, change.id);
   */
  readonly changes: FeedClient<typeof changes>;
  /** The audit trail (admin keys only): every write with its organisation, key id, door, and the record before and after. */
  readonly audit: FeedClient<typeof audit>;
  /** Talent demand submitted by enterprises without a key (`submit`, `status`), and its review by the region's reviewers (`list`, `approve`, `reject`). */
  readonly submissions: SubmissionsClient;
  /** The API keys of every organisation: list, create, revoke (admin keys only). */
  readonly keys: KeysClient;
  /** Imports from CSV and xlsx files into the collections the key keeps, with a dry run and a report row by row. */
  readonly imports: ImportsClient;
  /**
   * Who the client's API key is: the key (never its secret), its organisation and the collections it may write.
   * A missing, unknown or revoked key rejects with an HttpError of status 401.
   *
   * @example
   * const { organisation, key, writes } = await client.me();
   */
  me(options?: RequestOptions): Promise<Session>;
}

function baseClient(transport: Transport): BaseClient {
  const groups = new WeakMap<CollectionDefinition, RecordsClient<CollectionDefinition>>();
  return {
    collection<D extends CollectionDefinition>(definition: D) {
      let group = groups.get(definition);
      if (!group) groups.set(definition, (group = collectionClient(transport, definition, definition.path)));
      return group as RecordsClient<D>;
    },
    read: endpointReader(transport),
    send: actionSender(transport),
  };
}

/**
 * Creates a client that reads any collection through `client.collection(definition)`, carrying no
 * schema of its own: what a page embedding a few widgets needs. Same options and behaviour as
 * {@link createClient}.
 *
 * @throws TypeError when `baseUrl` is not an absolute http(s) URL; RangeError for a bad `timeout` or `retry`.
 */
export function createBaseClient(options: ClientOptions): BaseClient {
  return baseClient(createTransport(options));
}

/**
 * Creates a client of the API at `baseUrl`. Every response is validated against the contract;
 * failures reject with a {@link ChanjiaoError} subclass. Reads are retried on transient failures.
 *
 * @example
 * const client = createClient({ baseUrl: "https://data.example.org/v1" });
 * const { items } = await client.consortia.list({ region: "320000", kind: "city" });
 *
 * @example
 * // The same reads from a static export (`chanjiao-server export`) on any static host or CDN.
 * const snapshot = createClient({ baseUrl: "https://static.example.org/v1", static: true });
 *
 * @throws TypeError when `baseUrl` is not an absolute http(s) URL; RangeError for a bad `timeout` or `retry`.
 */
export function createClient(options: ClientOptions): ChanjiaoClient {
  const transport = createTransport(options);
  const base = baseClient(transport);
  const names = Object.keys(collections) as CollectionName[];
  const group = (name: CollectionName) => {
    const reads = collectionClient(transport, collections[name], name);
    return name === "talentDemand" ? reads : { ...reads, ...recordWriter(transport, collections[name], name) };
  };
  const groups = Object.fromEntries(names.map((name) => [name, group(name)])) as CollectionClients;
  return {
    ...base,
    ...groups,
    talentDemand: { ...groups.talentDemand, aggregate: (query, options) => base.read(demandAggregate, query, options), ...talentDemandWriter(transport) },
    talentSupply: { ...groups.talentSupply, aggregate: (query, options) => base.read(supplyAggregate, query, options) },
    talent: { gaps: (query, options) => base.read(talentGaps, query, options), signals: (query = {}, options) => base.read(majorSignals, query, options) },
    majors: { ...groups.majors, leadsOn: (code, options) => base.read(majorLeadsOn, { code }, options) },
    consortia: { ...groups.consortia, counts: (query = {}, options) => base.read(consortiumCounts, query, options) },
    provinceProfile: (query, options) => base.read(provinceProfile, query, options),
    changes: feedClient(base.read, changes),
    audit: feedClient(base.read, audit),
    submissions: submissionsClient(transport, base.send),
    keys: keysClient(transport),
    imports: importsClient(transport),
    me: readSession(transport),
  };
}
