// Types every `cj-*` tag in this app's templates: attributes, properties and events.
import type {} from "@chanjiao/elements/vue";
