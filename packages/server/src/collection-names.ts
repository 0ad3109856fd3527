import { type CollectionName, collections } from "@chanjiao/sdk";

/** Every collection's path, as URLs and commands name them. */
export const collectionPaths = Object.values(collections).map((collection) => collection.path);

/** The collection a path (`talent-supply`) or key (`talentSupply`) names, if any. */
export function collectionNamed(text: string): CollectionName | undefined {
  return (Object.keys(collections) as CollectionName[]).find((name) => name === text || collections[name].path === text);
}
