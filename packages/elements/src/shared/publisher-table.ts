// The SDK's publishers' table on its own, so that the CDN build gives it a chunk of its own,
// fetched by publisher-names.ts the first time a citation text needs a publisher's name.
export { publisherOf } from "@chanjiao/sdk";
