/**
 * The path under `/v1` of each endpoint that is not a collection, apart from its schemas: code
 * that only names a read carries none of them (the CDN loader starts a widget's first read with it
 * before the widget's code has arrived). The definitions in endpoints.ts take their paths from here.
 */
export const endpointPaths = {
  demandAggregate: "talent-demand/aggregate",
  supplyAggregate: "talent-supply/aggregate",
  talentGaps: "talent/gaps",
  majorSignals: "talent/signals",
  consortiumCounts: "consortia/counts",
  provinceProfile: "province-profile",
  majorLeadsOn: "majors/leads-on",
  changes: "changes",
  audit: "audit",
} as const;
