/** The report's stylesheet (inline: the report is one file and loads nothing). */
import { COLORS, NODE_TYPES } from '../palette.js';

const typeRules = NODE_TYPES.map((t) => `.t-${t}{background:${COLORS[t].fill};border-bottom:2px solid ${COLORS[t].stroke}}`).join('\n');

export const CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f172a;background:#f8fafc}
header{padding:20px 32px 12px;background:#0f172a;color:#f8fafc}
header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;color:#cbd5e1;font-size:13px}
main{padding:8px 32px 40px;max-width:1320px;margin:0 auto}
h2{font-size:18px;margin:28px 0 10px;border-bottom:1px solid #cbd5e1;padding-bottom:4px}
h3{font-size:16px;margin:0 0 4px}
.legend{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0 0;padding:0;list-style:none}
.legend li{font-size:13px;padding:2px 8px;border-radius:4px;color:#0f172a}
mark{color:inherit;padding:0 1px;border-radius:2px}
${typeRules}
.picture{background:#fff;border:1px solid #e2e8f0;border-radius:8px}
.picture svg{width:100%;height:auto;display:block}
.picture text{font-size:11px;fill:#1e293b;paint-order:stroke;stroke:#fff;stroke-width:3px}
.picture .edge{stroke-width:1.5;stroke-opacity:.8}
.legend.edges{margin:8px 0 0}
.legend.edges li{background:#fff;border:1px solid #e2e8f0}
.legend.edges svg{vertical-align:middle}
.caption{font-size:13px;color:#475569}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
th,td{border:1px solid #e2e8f0;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f1f5f9}
td.ev b{background:#fef08a}
code{font:12px ui-monospace,Menlo,Consolas,monospace;background:#f1f5f9;padding:0 3px;border-radius:3px}
code.via{color:#64748b}
article{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:16px 20px;margin:0 0 16px}
.meta{font-size:12px;color:#64748b;margin:0 0 10px}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
.note{color:#92400e;font-size:13px}
.mentions{columns:3;font-size:13px}
.span{color:#94a3b8;font-size:11px}
`;
