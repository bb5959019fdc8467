import type { OpenAPIV3 } from 'openapi-types';

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function schemaBlock(schema: unknown): string {
  return `<pre><code>${escape(JSON.stringify(schema, null, 2))}</code></pre>`;
}

/**
 * A readable, script-free HTML page generated from the OpenAPI document, so it works
 * under the strict CSP and with a screen reader. The JSON is at /api/openapi.json.
 */
export function renderApiDocs(doc: OpenAPIV3.Document): string {
  const sections: string[] = [];
  const byTag = new Map<string, string[]>();
  for (const [route, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? 'other';
      const params = (op.parameters ?? []) as OpenAPIV3.ParameterObject[];
      const body = (op.requestBody as OpenAPIV3.RequestBodyObject | undefined)?.content?.['application/json']?.schema;
      const responses = Object.entries(op.responses ?? {})
        .map(([status, r]) => `<li><strong>${escape(status)}</strong> ${escape((r as OpenAPIV3.ResponseObject).description ?? '')}</li>`)
        .join('');
      const html = [
        `<section class="op"><h3><span class="method">${method.toUpperCase()}</span> <code>${escape(route)}</code></h3>`,
        op.summary ? `<p>${escape(op.summary)}</p>` : '',
        params.length > 0
          ? `<table><caption>Parameters</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Required</th><th scope="col">Schema</th></tr></thead><tbody>${params
              .map(
                (p) =>
                  `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${escape(JSON.stringify(p.schema ?? {}))}</code></td></tr>`,
              )
              .join('')}</tbody></table>`
          : '',
        body ? `<details><summary>Request body</summary>${schemaBlock(body)}</details>` : '',
        `<h4>Responses</h4><ul>${responses}</ul></section>`,
      ].join('');
      byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
    }
  }
  for (const [tag, ops] of byTag) sections.push(`<section><h2>${escape(tag)}</h2>${ops.join('')}</section>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.info.title)} – docs</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><main><h1>${escape(doc.info.title)}</h1><p>${escape(doc.info.description ?? '')}</p>
<p><a href="/api/openapi.json">OpenAPI 3 (JSON)</a> · <a href="/">Husly</a></p>${sections.join('')}</main></body></html>`;
}

export const API_DOCS_CSS = `body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.5}
main{max-width:60rem;margin:0 auto;padding:1rem}
a{color:#0b5394}a:focus{outline:3px solid #0b5394;outline-offset:2px}
.op{border:1px solid #767676;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}
.method{display:inline-block;min-width:4.5rem;font-weight:700;color:#0b3d66}
pre{background:#f4f4f4;padding:.5rem;overflow:auto;max-height:24rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}
code{word-break:break-word}`;
