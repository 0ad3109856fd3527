import type * as z from "zod/mini";
import { page } from "../schemas/common.js";
import type { CollectionName, Collections } from "../schemas/collections.js";
import type { CollectionDefinition } from "../schemas/resources.js";
import { paginate } from "./paginate.js";
import { toSearchParams, validateQuery } from "./query.js";
import { recordPath } from "./record-path.js";
import type { RequestOptions, Transport } from "./transport.js";

type PageSchema<S extends z.ZodMiniType> = ReturnType<typeof page<S>>;
type RecordOfDefinition<D extends CollectionDefinition> = z.infer<D["schema"]>;
type FiltersOfDefinition<D extends CollectionDefinition> = z.input<D["filters"]>;

/** One page of a collection: its records and the cursor of the next page (`null` on the last). */
export type PageOfDefinition<D extends CollectionDefinition> = z.infer<PageSchema<D["schema"]>>;
/** One page of collection `N` of the `collections` table. */
export type PageOf<N extends CollectionName> = PageOfDefinition<Collections[N]>;

/** The methods of one collection of the API, such as `client.consortia`. */
export interface RecordsClient<D extends CollectionDefinition> {
  /**
   * Fetches one page of records matching `filters`. Pass the page's `nextCursor` as `cursor` to get
   * the next. Invalid filters reject with a ValidationError before any request is sent.
   */
  list(filters?: FiltersOfDefinition<D>, options?: RequestOptions): Promise<PageOfDefinition<D>>;
  /** Fetches one record by its id; an unknown id rejects with an HttpError of status 404. */
  get(id: string, options?: RequestOptions): Promise<RecordOfDefinition<D>>;
  /**
   * Iterates over every record matching `filters`, fetching page after page as the loop advances
   * (`limit` sets the page size; a `cursor` resumes from that page).
   *
   * @example
   * for await (const project of client.cooperationProjects.all({ kind: "luban-workshop" })) console.log(project.name);
   */
  all(filters?: FiltersOfDefinition<D>, options?: RequestOptions): AsyncGenerator<RecordOfDefinition<D>, void, undefined>;
}

/** The methods of collection `N` of the `collections` table. */
export type CollectionClient<N extends CollectionName> = RecordsClient<Collections[N]>;

/** Builds the method group of a collection from its definition; `name` labels its errors. */
export function collectionClient<D extends CollectionDefinition>(transport: Transport, definition: D, name: string): RecordsClient<D> {
  type Filters = FiltersOfDefinition<D>;
  const { path, schema, filters } = definition;
  const pageSchema = page(schema);

  const list = async (input?: Filters, options?: RequestOptions): Promise<PageOfDefinition<D>> => {
    const query = toSearchParams(validateQuery(filters, input ?? {}, `filters of ${name}.list`));
    return (await transport.read(path, query, pageSchema, options)) as PageOfDefinition<D>;
  };

  return {
    list,
    async get(id, options) {
      return (await transport.read(recordPath(path, id, `id of ${name}.get`), undefined, schema, options)) as RecordOfDefinition<D>;
    },
    all: (input, options) =>
      paginate((cursor) => list({ ...input, cursor } as Filters, options), (input as { cursor?: string } | undefined)?.cursor, `${name}.all`),
  };
}
