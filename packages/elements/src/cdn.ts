// The one-file build for a `<script type="module">`: registers every tag and exposes the classes.
import "./define.js";

export * from "./index.js";
