import { expect, waitUntil } from "@open-wc/testing";
import { loadOnSight } from "./cdn-load-on-sight.js";

describe("loadOnSight", () => {
  it("loads each tag once, when its first element is in the page or added later inside another", async () => {
    const loads: string[] = [];
    const loader = (tag: string) => async () => void loads.push(tag);
    const present = [document.createElement("x-present"), document.createElement("x-present")];
    document.body.append(...present);

    loadOnSight(new Map(["x-present", "x-later", "x-absent"].map((tag) => [tag, loader(tag)])));
    expect(loads).to.deep.equal(["x-present"]);

    const wrapper = document.createElement("div");
    wrapper.innerHTML = "<section><x-later></x-later><x-later></x-later><x-present></x-present></section>";
    document.body.append(wrapper);
    await waitUntil(() => loads.length === 2, "an element added later was not seen");
    const another = document.createElement("x-later");
    document.body.append(another);
    // Mutation observers are called before the next task, so a second load would show by then.
    await new Promise((resolve) => setTimeout(resolve));
    expect(loads).to.deep.equal(["x-present", "x-later"]);

    for (const element of [...present, wrapper, another]) element.remove();
  });
});
