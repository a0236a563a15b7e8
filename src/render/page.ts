// The frame every generated page shares: a self-contained HTML document with a
// Content-Security-Policy that allows no network at all and no script but the
// page's own (the index's, by its hash), so a page shows the same offline and
// not even a bug in escaping could run code.

import { escapeHtml } from './html-escape.js';

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const BASE_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: #1d2330; background: #f6f7f9; }
header.page { padding: 20px 32px 14px; background: #fff; border-bottom: 1px solid #dde1e7; }
header.page h1 { margin: 0 0 4px; font-size: 1.45rem; line-height: 1.25; }
header.page .meta { margin: 0; color: #596273; font-size: 0.9rem; }
header.page .meta span + span::before { content: " · "; color: #9aa3b2; }
nav.back { font-size: 0.85rem; margin-bottom: 6px; }
a { color: #1f5fae; }
h2 { font-size: 1rem; margin: 0 0 10px; letter-spacing: 0.01em; }
section.panel { background: #fff; border: 1px solid #dde1e7; border-radius: 8px; padding: 14px 16px; margin: 0 0 16px; }
.note { background: #fff8e1; border: 1px solid #ecd58a; border-radius: 6px; padding: 8px 12px; margin: 0 0 16px; font-size: 0.9rem; }
.muted { color: #6b7383; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
th, td { text-align: left; padding: 4px 8px 4px 0; border-bottom: 1px solid #eceff3; vertical-align: top; }
th { font-weight: 600; color: #4b5465; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
`;

export interface PageParts {
  title: string;
  /** A script the page runs (the index's filter and sort), allowed by its hash and nothing else. */
  script?: { text: string; hash: string };
  /** Page-specific CSS, appended to the shared rules. */
  css: string;
  /** The page's body, already escaped. */
  body: string;
}

export function htmlPage({ title, css, body, script }: PageParts): string {
  const policy = script
    ? CONTENT_SECURITY_POLICY.replace("default-src 'none';", `default-src 'none'; script-src '${script.hash}';`)
    : CONTENT_SECURITY_POLICY;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="govtext-de">
<title>${escapeHtml(title)}</title>
<style>${BASE_CSS}${css}</style>
</head>
<body>
${body}${script ? `\n<script>${script.text}</script>` : ''}
</body>
</html>
`;
}
