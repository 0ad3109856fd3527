// Wires the widgets together through their events: choosing a province on the map switches the
// board and the lists to it; choosing a consortium shows its card.
const map = document.getElementById("map");
const board = document.getElementById("board");
const lists = document.getElementById("lists");
const consortium = document.getElementById("consortium");

map.addEventListener("cj-select", (event) => {
  const choice = event.value;
  if (choice.type === "province") {
    board.setAttribute("region", choice.province.code);
    lists.setAttribute("province", choice.province.code);
  } else if (choice.type === "consortium") {
    consortium.setAttribute("consortium-id", choice.consortium.id);
    consortium.scrollIntoView({ behavior: "smooth", block: "nearest" });
  }
});
