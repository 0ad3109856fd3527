export { createBaseClient, createClient, type AggregateClient, type BaseClient, type ChanjiaoClient, type ClientOptions, type CollectionClients, type ConsortiumCountsClient, type TalentClient } from "./client.js";
export type { EndpointReader } from "./endpoint.js";
export type { ChangeOptions, CreateOptions, Created, TalentDemandWriter, Versioned, WriteOptions } from "./talent-demand-writer.js";
export type { CollectionClient, PageOf, PageOfDefinition, RecordsClient } from "./collection.js";
export type { RequestOptions, TransportOptions } from "./transport.js";
export { DEFAULT_TIMEOUT_MS } from "./transport.js";
export { staticExportPath } from "./static-path.js";
export { DEFAULT_RETRIES } from "./retry.js";
export { ChanjiaoError, HttpError, NetworkError, TimeoutError, ValidationError, type ValidationIssue } from "./errors.js";
