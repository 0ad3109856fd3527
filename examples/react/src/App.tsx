import { createClient } from "@chanjiao/sdk";
import type { CjSelectEvent, ConsortiumMapSelection } from "@chanjiao/elements";
import { useState } from "react";

// One client for the page, made by the app (it could carry its own headers, timeout or fetch) and
// handed to the provider as a property. The API is served beside this app.
const client = createClient({ baseUrl: new URL("/v1", location.origin).href });

const startProvince = { code: "320000", name: "江苏省" };

export function App() {
  const [province, setProvince] = useState(startProvince);

  function onMapSelect(event: CjSelectEvent<ConsortiumMapSelection>) {
    const choice = event.value;
    if (choice.type === "province") setProvince({ code: choice.province.code, name: choice.province.name });
  }

  return (
    <>
      <header>
        <h1>React 应用中的 Chanjiao 组件</h1>
        <p>
          React 19 把 <code>client</code> 作为属性交给 <code>&lt;cj-provider&gt;</code>，监听地图的 <code>cj-select</code> 事件，
          再把所选省份交给人才供需看板。
        </p>
      </header>
      <main>
        <cj-provider client={client}>
          <p id="selection" aria-live="polite">
            当前省份：<strong>{province.name}</strong>（{province.code}）
          </p>
          <h2>产教联合体分布</h2>
          <cj-consortium-map id="map" kind="all" province={province.code} oncj-select={onMapSelect}></cj-consortium-map>
          <h2>人才供需</h2>
          <cj-talent-board id="board" region={province.code} period="2021-2025"></cj-talent-board>
        </cj-provider>
      </main>
    </>
  );
}
