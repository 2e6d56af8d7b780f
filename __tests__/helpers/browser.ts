// A real browser for the outputs people read on GitHub: Markdown rendered as GitHub-flavoured Markdown (marked, GFM
// mode) into a page with GitHub-like styles, then parsed and drawn by headless Chromium, which gives back the DOM
// it built or a screenshot. Text-report screenshots go through the same page: its ANSI colours become spans.
// Chromium is the Debian package; without it the callers skip visibly.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';

export function chromiumBinary(): string | null {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

/** GitHub's look, in the few rules that matter for reading the outputs (font, tables, code, details). */
const GITHUB_LIKE_CSS = `
  body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328;
         background: #fff; margin: 16px; max-width: 1000px; }
  h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; } h3 { margin-top: 24px; }
  table { border-collapse: collapse; margin: 8px 0; } th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  tr:nth-child(2n) { background: #f6f8fa; } th { font-weight: 600; }
  code, pre { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; }
  pre { padding: 12px; border-radius: 6px; overflow: auto; } details { margin: 8px 0; }
  summary { cursor: pointer; font-weight: 600; }
  .terminal { background: #1e1e1e; color: #d4d4d4; padding: 12px; font: 12px/1.35 "DejaVu Sans Mono", monospace;
              width: max-content; overflow: visible;
              white-space: pre; margin: 0; }
  .red { color: #f14c4c; } .yellow { color: #e5e510; } .green { color: #23d18b; } .bold { font-weight: bold; }
  .dim { opacity: .6; }`;

/** GitHub-flavoured Markdown to HTML, as GitHub would render the body (before its own sanitiser). */
export function gfmHtml(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false }) as string;
}

export function page(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${GITHUB_LIKE_CSS}</style></head><body>${body}</body></html>`;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[ch]!);

/** The text report's ANSI colours (src/report/text-paint.ts) as spans, for a terminal-like screenshot. */
export function ansiHtml(text: string): string {
  const names: Record<string, string> = {
    '31': 'red',
    '33': 'yellow',
    '32': 'green',
    '1': 'bold',
    '2': 'dim'
  };
  let html = '';
  let open = 0;
  // The escape character starts each colour code.
  const sgr = new RegExp(`(${String.fromCharCode(27)}\\[\\d+m)`);
  for (const part of text.split(sgr)) {
    const code = sgr.test(part) ? /\[(\d+)m$/.exec(part)?.[1] : undefined;
    if (code === undefined) html += escapeHtml(part);
    else if (names[code]) {
      html += `<span class="${names[code]}">`;
      open += 1;
    } else if (open > 0) {
      html += '</span>';
      open -= 1;
    }
  }
  return `<pre class="terminal">${html}${'</span>'.repeat(open)}</pre>`;
}

function runChromium(args: string[], html: string, timeoutMs = 60_000): Promise<string> {
  const binary = chromiumBinary();
  if (!binary) throw new Error('chromium is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'tls-gate-browser-'));
  const file = join(dir, 'page.html');
  writeFileSync(file, html);
  const flags = [
    '--headless',
    '--no-sandbox', // tests run as root in containers
    '--disable-gpu',
    '--no-first-run',
    '--disable-extensions',
    '--disable-background-networking', // no traffic beyond the file itself
    `--user-data-dir=${join(dir, 'profile')}`,
    ...args,
    `file://${file}`
  ];
  return new Promise((resolve, reject) => {
    execFile(binary, flags, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      rmSync(dir, { recursive: true, force: true });
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}

/** The DOM Chromium builds from the page, serialised. */
export function chromiumDom(html: string): Promise<string> {
  return runChromium(['--dump-dom'], html);
}

/** A PNG of the page at this window size. */
export async function chromiumScreenshot(
  html: string,
  png: string,
  width: number,
  height: number
): Promise<void> {
  await runChromium(['--hide-scrollbars', `--window-size=${width},${height}`, `--screenshot=${png}`], html);
}
