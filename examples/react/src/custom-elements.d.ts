// JSX types for the Chanjiao tags this app uses. React 19 sets a prop as a property when the
// element has one (so `client` receives the object itself) and adds an `on<event-name>` function
// prop as a listener for that event.
import type { BaseClient } from "@chanjiao/sdk";
import type { CjSelectEvent, ConsortiumMapSelection } from "@chanjiao/elements";
import type { ReactNode } from "react";

interface WidgetProps {
  children?: ReactNode;
  id?: string;
  lang?: string;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "cj-provider": WidgetProps & { client?: BaseClient; "base-url"?: string };
      "cj-consortium-map": WidgetProps & {
        kind?: "city" | "industry" | "all";
        province?: string;
        "oncj-select"?: (event: CjSelectEvent<ConsortiumMapSelection>) => void;
      };
      "cj-talent-board": WidgetProps & { region?: string; period?: string; controls?: boolean };
    }
  }
}
