// Compiled by `tsc -p test/types` (never run): the generated React 19 JSX types accept what the
// widgets take and reject what they do not.
import type {} from "@chanjiao/elements/react";
import type { CjErrorEvent, CjSelectEvent } from "@chanjiao/elements";

export function Board() {
  return (
    <cj-provider base-url="/v1" oncj-error={(event: CjErrorEvent) => console.error(event.error)}>
      <cj-talent-board
        region="320000"
        group-by="industry"
        heading-level={2}
        controls
        view="table"
        className="board"
        oncj-select={(event: CjSelectEvent) => console.log(event.value)}
      />
      <cj-consortium-map kind="city" province="320000" oncj-select={(event) => (event.value.type === "province" ? event.value.province.code : event.value.consortium.name)} />
      {/* Each widget's cj-select carries its own record type. */}
      <cj-cooperation-card project-id="luban-thailand" oncj-select={(event) => event.value.countries.map((country) => country.nameZh)} />
      <cj-programme-list school-id="s-1" oncj-select={(event) => event.value.majorCode.padStart(6, "0")} />
      {/* A property set as a property (React 19 uses it when the element has it). */}
      <cj-event-list now={new Date(2025, 0, 1)} kind="competition" />
    </cj-provider>
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error: not one of the board's views */}
      <cj-talent-board view="pie" />
      {/* @ts-expect-error: the event handler gets a CjErrorEvent, which has no `value` */}
      <cj-talent-board oncj-error={(event) => event.value} />
      {/* @ts-expect-error: the board's cj-select carries a group, which has no countries */}
      <cj-talent-board oncj-select={(event) => event.value.countries} />
      {/* @ts-expect-error: no such attribute */}
      <cj-pathway majr="460103" />
      {/* @ts-expect-error: no such tag */}
      <cj-unknown-widget />
    </>
  );
}
