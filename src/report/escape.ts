// Everything a scanned server sends (certificate names, alert texts, error messages) and every target name a user
// typed reaches the job summary, PR comments, issues, SARIF and the Actions log. These functions make such text
// inert in each of those places: it reads as the same characters, and it can never become markup, a mention,
// a link, an image, a table cell boundary, a fence end or a workflow command.

/** Zero-width space: breaks GitHub's mention, issue-reference and autolink detection without changing what is read. */
const ZWSP = '\u200b';

/**
 * Characters that cannot be shown as themselves: C0/C1 controls, DEL, line/paragraph separators, bidi marks,
 * overrides and isolates (which can make text read differently from what it is; the Trojan Source set), BOM.
 * They are shown as \n, \r, \t or \uXXXX.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff]/g;

/** Shows control and direction characters as visible escapes, so the text stays on one line and reads as sent. */
export function visibleControls(text: string): string {
  return text.replace(INVISIBLE, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * One line of plain-text output (the CLI's text report, `policy show`) that may land in an Actions log when the
 * CLI runs in a workflow: the runner trims leading whitespace and reads `::` or `##[` as a workflow command, so
 * a line that would start with one (an indented target name, a YAML block line) shows its first character as an
 * escape instead. Our own lines never start that way, so only text someone else wrote is changed.
 */
export function inertLineStart(line: string): string {
  return line.replace(
    /^(\s*)(::|##\[)/,
    (_m, space: string, start: string) =>
      `${space}\\u${start.charCodeAt(0).toString(16).padStart(4, '0')}${start.slice(1)}`
  );
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
};

/**
 * GitHub post-processes rendered HTML: @name becomes a mention (and notifies), #123 and GH-123 a
 * cross-reference (and a backlink on that issue), bare URLs and www. names become links. A zero-width space after
 * the trigger keeps the text and stops all of them.
 */
function neutraliseGithubReferences(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#(?=[0-9A-Za-z])/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=[0-9])/gi, `$1-${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

/**
 * Text for an HTML context of a GitHub-rendered document (e.g. inside <summary>, or an attribute value):
 * entities for & < > " ', no mentions, references or autolinks, control characters shown as escapes.
 */
export function escapeHtml(text: string): string {
  return neutraliseGithubReferences(visibleControls(String(text))).replace(
    /[&<>"']/g,
    (ch) => HTML_ENTITIES[ch]!
  );
}

/**
 * What CommonMark/GFM reads as inline syntax wherever it stands: backslash escapes, code spans, emphasis with `*`,
 * strikethrough, link and image brackets, table cell boundaries, GitHub's `$` math, HTML tags. `_` is emphasis
 * only at a word's edge (GFM: an underscore between two letters or digits never opens or closes), `&` only
 * where it starts an entity; `-`, `+`, `=`, `>`, `#` and digits matter only at the start of a line. Everything
 * else (dates, `mozilla-intermediate`, cipher suite names, parentheses) stays as written, so the raw Markdown
 * reads well in an e-mail notification too.
 */
const MARKDOWN_INLINE_SPECIAL = /[\\`*~[\]|$<]|&(?=[A-Za-z0-9#])|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;

/**
 * A line start that would open a block: a heading (`#` then a space or the end), a list item (`-`, `+`, or
 * digits with `.` or `)`, then a space or the end), a quote (`>`), a setext underline or a thematic break (`=`
 * or `-` runs). `-2026` or `0.1.0` open nothing and stay as written.
 */
const MARKDOWN_BLOCK_START = /^(\s*)(?:(#+(?=\s|$)|>|[-+=](?=[\s=-]|$))|(\d+)([.)])(?=\s|$))/;

/**
 * Inline text for a Markdown context (paragraph, list item, table cell, heading): renders as exactly the
 * characters given. No emphasis, code, links, images, HTML, headings, pipes (table cells), mentions or
 * autolinks; newlines and other controls are shown as escapes so the text stays on one line.
 */
export function escapeMarkdown(text: string): string {
  // GitHub's mention/reference filters run after Markdown, on the rendered text: the backslash escapes stop
  // Markdown syntax, the zero-width spaces stop those filters.
  const inline = neutraliseGithubReferences(visibleControls(String(text))).replace(
    MARKDOWN_INLINE_SPECIAL,
    (ch) => HTML_ENTITIES[ch] ?? `\\${ch}`
  );
  // The text may open a line of the document (a list item's continuation, a paragraph): its first character
  // must not start a block. An ordered list needs its "." or ")" after the digits: escaping that suffices.
  return inline.replace(
    MARKDOWN_BLOCK_START,
    (_m, space: string, marker?: string, digits?: string, end?: string) =>
      marker ? `${space}\\${marker}` : `${space}${digits}\\${end}`
  );
}

/**
 * A fenced code block of the given lines, whose fence no line can close (longer than any backtick run in it).
 * Code blocks are not scanned for mentions or links. Control characters inside a line, newlines included, are
 * shown as escapes: a reproduce command someone copies into a shell stays the one line it claims to be.
 */
export function codeBlock(lines: string | readonly string[], language = ''): string {
  const text = (typeof lines === 'string' ? [lines] : lines)
    .map((line) => visibleControls(String(line)))
    .join('\n');
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const info = language.replace(/[^A-Za-z0-9_+-]/g, '');
  return `${fence}${info}\n${text}\n${fence}`;
}

/**
 * Characters JSON.stringify leaves raw that a terminal or editor may act on: C1 controls (U+009B is CSI on some
 * terminals), DEL, line/paragraph separators, direction marks and overrides, BOM. (It escapes C0 itself.)
 */
const JSON_LEFT_RAW = /[\u007f-\u009f\u061c\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff]/g;

/**
 * JSON.stringify, with every control or direction character inside a string written as a \uXXXX escape: the
 * same JSON value, but no byte of it can recolour a terminal or reorder what a reader sees.
 */
export function inertJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(
    JSON_LEFT_RAW,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}

// ---- Actions log and workflow commands ----

/**
 * The runner reads each stdout line; after trimming leading whitespace, a line starting with `::` is a
 * workflow command (error, add-mask, stop-commands, set-output...) and one starting with `##[` a legacy one.
 */
const COMMAND_START = /^(\s*)(::|##\[)/;

/** Percent-encodes one character as UTF-8 bytes (%XX), the form the runner's command escaping uses. */
function percentEncode(ch: string): string {
  return [...Buffer.from(ch, 'utf8')]
    .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}

/**
 * Text that, printed to the Actions log (core.info, console.log), stays one line and can never start a workflow
 * command: `%`, CR, LF (per the runner's command-data escaping) and every other control, line-separator or
 * direction character are percent-encoded, and a leading `::` or `##[` gets its first character encoded.
 * Decoding is unambiguous: `%` itself is always encoded.
 */
export function escapeForLog(text: string): string {
  const encoded = String(text).replace(/%/g, '%25').replace(INVISIBLE, percentEncode);
  return encoded.replace(
    COMMAND_START,
    (_m, space: string, start: string) => `${space}${percentEncode(start[0]!)}${start.slice(1)}`
  );
}

/** The runner's escaping of a workflow command's data (the text after the second `::`). */
export function escapeCommandData(text: string): string {
  return String(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The runner's escaping of a workflow command's property value (`title=`, `file=`). */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Text for an annotation message or title handed to core.error/warning/notice (which applies the command
 * escaping itself): one line, with controls shown as visible escapes, so an annotation says what was sent.
 */
export function escapeAnnotation(text: string): string {
  return visibleControls(String(text));
}

/** Plain text (SARIF message.text, issue titles): one line, controls shown, no other change. */
export function plainText(text: string, maxLength = Infinity): string {
  const visible = visibleControls(String(text));
  return visible.length > maxLength ? `${visible.slice(0, Math.max(0, maxLength - 1))}…` : visible;
}

/**
 * A link that we built (run URL, documentation): only http(s) URLs without spaces or characters that could end
 * the Markdown link, else null (the caller then prints no link).
 */
export function safeUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  if (!/^https?:\/\/[^\s<>()[\]"'`\\]+$/.test(url)) return null;
  return url;
}

// ---- XML (JUnit) ----

/**
 * Code units that XML 1.0 forbids anywhere in a document (not even as character references): unpaired
 * surrogates and the noncharacters U+FFFE and U+FFFF. (The C0 controls it forbids are shown by visibleControls.)
 */
const XML_FORBIDDEN =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;'
};

/**
 * Text for XML character data or an attribute value (either quote): one line, every control, direction and
 * XML-forbidden character shown as a \uXXXX escape, and the five specials as entities. The result is always
 * well-formed XML 1.0 and reads as the characters sent; it can never close an element or start markup.
 */
export function escapeXml(text: string): string {
  return visibleControls(String(text))
    .replace(XML_FORBIDDEN, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch]!);
}
