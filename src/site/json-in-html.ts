/**
 * JSON placed inside an HTML `<script>` element (JSON-LD, a page script's data). The HTML parser
 * ends the element at the first `</script`, whatever the JSON means, so text from content
 * (a translated heading, a report's title) could close it and run what follows. Every JSON that
 * goes into a page goes through here: `<`, `>` and `&` become \u escapes (still the same JSON
 * value), and so do U+2028/U+2029, which older JavaScript parsers read as line ends.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/gu;

const escape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `JSON.stringify(value)` that is safe as the text of a `<script>` element (use with `set:html`). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, escape);
}
