package kz.stat.mics.io.report;

/** The report's one stylesheet, inlined so that the file needs nothing else to display or print. */
final class Style {
  private Style() {}

  static final String CSS = """
      :root{--done:#2e7d32;--in-progress:#1565c0;--overdue:#c62828;--tentative:#f2b632;\
      --planned:#90a4ae;--cancelled:#cfcfcf;--ink:#1f2933;--muted:#5f6b76;--line:#e3e7ea}
      *{box-sizing:border-box}
      body{margin:0;padding:16px 20px 40px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",\
      Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:var(--ink);background:#fff}
      h1{font-size:1.45em;margin:0 0 4px;line-height:1.25}
      h2{font-size:1.15em;margin:28px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
      h2 .count{display:inline-block;min-width:1.6em;padding:0 6px;border-radius:10px;\
      background:var(--line);font-size:.85em;text-align:center}
      .subtitle{margin:0;color:var(--muted)}
      .summary{display:flex;flex-wrap:wrap;gap:10px;margin-top:14px}
      .card{flex:1 1 130px;border:1px solid var(--line);border-radius:8px;padding:10px 12px;\
      border-left:6px solid var(--planned)}
      .card .n{display:block;font-size:1.9em;font-weight:700;line-height:1.1}
      .card .l{color:var(--muted);font-size:.9em}
      .card[data-count=activities]{border-left-color:var(--ink)}
      .card[data-count=done]{border-left-color:var(--done)}
      .card[data-count=in-progress]{border-left-color:var(--in-progress)}
      .card[data-count=overdue]{border-left-color:var(--overdue)}
      .card[data-count=due-soon]{border-left-color:var(--tentative)}
      .card[data-count=cancelled]{border-left-color:var(--cancelled)}
      .legend{list-style:none;padding:0;margin:0 0 8px;display:flex;flex-wrap:wrap;gap:6px 16px;\
      font-size:.9em}
      .swatch{display:inline-block;width:22px;height:11px;border-radius:3px;margin-right:6px;\
      vertical-align:-1px}
      .swatch[data-state=done],.bar[data-state=done]{background:var(--done);fill:var(--done)}
      .swatch[data-state=in-progress],.bar[data-state=in-progress]{background:var(--in-progress);\
      fill:var(--in-progress)}
      .swatch[data-state=overdue],.bar[data-state=overdue]{background:var(--overdue);\
      fill:var(--overdue)}
      .swatch[data-state=tentative],.bar[data-state=tentative]{background:var(--tentative);\
      fill:var(--tentative)}
      .swatch[data-state=planned],.bar[data-state=planned]{background:var(--planned);\
      fill:var(--planned)}
      .swatch[data-state=cancelled],.bar[data-state=cancelled]{background:var(--cancelled);\
      fill:var(--cancelled)}
      .bar[data-state=tentative]{stroke:#a87700;stroke-width:1.2;stroke-dasharray:3 2}
      .as-of-swatch{width:3px;height:14px;background:#6a1b9a}
      .chart{overflow-x:auto;-webkit-overflow-scrolling:touch;border:1px solid var(--line);\
      border-radius:6px}
      .gantt{display:block;font-size:11.5px}
      .gantt text{fill:var(--ink)}
      .gantt .year{font-weight:700;font-size:12px}
      .gantt .month{text-anchor:middle;fill:var(--muted);font-size:10px}
      .gantt .year-line{stroke:#9aa5ae;stroke-width:1}
      .gantt .month-line{stroke:var(--line);stroke-width:1}
      .gantt .axis-base{stroke:#9aa5ae}
      .gantt .section-band{fill:#eef2f5}
      .gantt .section-title{font-weight:700;font-size:12px}
      .gantt .row-band{fill:transparent}
      .gantt .row:hover .row-band{fill:#fff7d6}
      .gantt .code{font-weight:600;fill:var(--muted)}
      .gantt .lead{text-anchor:end;fill:var(--muted);font-size:10.5px}
      .gantt .unresolved{font-style:italic;fill:var(--overdue)}
      .gantt .as-of line{stroke:#6a1b9a;stroke-width:2;stroke-dasharray:5 3}
      .gantt .as-of text{fill:#6a1b9a;font-weight:700}
      .table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
      table{border-collapse:collapse;width:100%;font-size:.92em}
      th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
      thead th{background:#f6f8f9;font-weight:600}
      td.num,td.date,td.code{white-space:nowrap}
      td.num{text-align:right}
      tr.overdue-row td.num{color:var(--overdue);font-weight:700}
      .none{color:var(--muted)}
      table.heat{width:auto;font-size:.85em}
      table.heat th,table.heat td{border:1px solid #fff;padding:3px 4px;text-align:center}
      table.heat th.executor{text-align:left;white-space:nowrap;max-width:18em;overflow:hidden;\
      text-overflow:ellipsis}
      table.heat td.h{min-width:2.1em;background:#f7f9fa}
      table.heat td.over{outline:2px solid #4a0d0d;outline-offset:-2px;font-weight:700}
      table.heat td.busiest,table.heat td.num{white-space:nowrap;background:#fff}
      table.heat th.m{font-weight:400;color:var(--muted)}
      .note{color:var(--muted);font-size:.9em;margin:0 0 6px}
      table.funding{width:auto;min-width:50%}
      table.funding td.num{min-width:8em}
      @media (max-width:700px){
        body{padding:10px}
        h1{font-size:1.15em}
        .card{flex-basis:45%}
        table.list thead{display:none}
        table.list tr{display:block;border-bottom:1px solid var(--line);padding:4px 0}
        table.list td{display:inline-block;border:0;padding:2px 6px}
        table.list td.title{display:block}
      }
      @page{size:A3 landscape;margin:10mm}
      @media print{
        body{padding:0;font-size:10pt}
        .chart,.table-wrap{overflow:visible;border:0}
        .gantt{width:100%;height:auto}
        section{break-inside:avoid-page}
        .timeline{break-inside:auto}
        h2{break-after:avoid}
        .swatch,.card,.bar,table.heat td{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        .gantt .row:hover .row-band{fill:transparent}
      }
      """;
}
