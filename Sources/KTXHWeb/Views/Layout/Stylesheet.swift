/// The site's one stylesheet, served by the app itself so it works on an intranet without internet.
enum Stylesheet {
    static let css = rules + widths

    /// `.w0` … `.w100`: a width in whole percent, for bars and the label stack, as classes rather than inline style
    /// attributes, so the Content-Security-Policy needs no `'unsafe-inline'`.
    static let widths = (0...100).map { ".w\($0) { width: \($0)%; }" }.joined(separator: " ") + "\n"

    static let rules = """
        :root { --ink: #1b1f24; --muted: #5b6470; --line: #d0d5dc; --accent: #0b5394; --bg: #fafbfc;
          --exceeded: #0a6b2d; --met: #1d7f3a; --short: #a61b1b; --pending: #6b5a00; --direction: #0b5394; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 "Times New Roman", "Liberation Serif", serif; color: var(--ink); background: var(--bg); }
        header.site { display: flex; gap: 1rem; align-items: baseline; padding: .6rem 1.2rem; background: var(--accent); color: #fff; }
        header.site .brand { color: #fff; font-weight: bold; font-size: 1.3rem; text-decoration: none; }
        header.site .tagline { font-size: .95rem; opacity: .9; }
        main { padding: 1rem 1.2rem 2rem; max-width: 1280px; margin: 0 auto; }
        footer.site { color: var(--muted); font-size: .85rem; padding: 1rem 1.2rem; border-top: 1px solid var(--line); }
        nav.breadcrumbs { padding: .4rem 1.2rem; font-size: .9rem; }
        nav.breadcrumbs > * + *::before { content: " › "; color: var(--muted); }
        form.search { margin: .6rem 0; display: flex; gap: .4rem; align-items: center; flex-wrap: wrap; }
        form.search input[type=search] { min-width: 18rem; }
        nav.pager { display: flex; gap: 1rem; align-items: center; margin: .6rem 0; }
        form.filters { display: flex; flex-wrap: wrap; gap: .4rem .8rem; align-items: center; margin: .8rem 0; }
        figure.chart { margin: 1rem 0; max-width: 760px; }
        .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: .4rem 1rem; }
        .multiples figure.chart { margin: .3rem 0; }
        .multiples figure.chart figcaption { font-size: .85rem; }
        figure.chart svg { width: 100%; height: auto; border: 1px solid var(--line); }
        figure.chart figcaption { font-weight: bold; margin: .3rem 0; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        @media print { form.filters, figure.chart details, figure.chart .downloads { display: none; } }
        h1 { font-size: 1.35rem; text-transform: uppercase; text-align: center; margin: .5rem 0; }
        .subtitle, .cutoff { text-align: center; color: var(--muted); margin: .2rem 0; font-style: italic; }
        .periods { text-align: center; } .periods > * { margin: 0 .4rem; }
        .downloads { text-align: center; font-size: .95rem; } .downloads a { margin: 0 .4rem; }
        a { color: var(--accent); } a:focus, button:focus { outline: 3px solid #f0b400; outline-offset: 1px; }
        table { border-collapse: collapse; width: 100%; background: #fff; margin-top: .8rem; }
        th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; }
        thead th { background: #eef2f7; position: sticky; top: 0; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        tr.section td { font-weight: bold; background: #f4f6f9; }
        tr.sub td.name { padding-left: 1.6rem; font-style: italic; }
        .muted { color: var(--muted); } .note { color: var(--muted); font-size: .8rem; }
        .label { font-weight: bold; white-space: nowrap; }
        .exceeded { color: var(--exceeded); } .met { color: var(--met); } .short { color: var(--short); }
        .pending { color: var(--pending); } .direction { color: var(--direction); }
        .bar { height: 4px; background: #e6e9ee; margin-top: 2px; } .bar span { display: block; height: 4px; background: var(--accent); }
        .summary { margin: .8rem auto; max-width: 720px; }
        .stack { display: flex; height: 1.4rem; border-radius: 3px; overflow: hidden; }
        .stack .segment { color: #fff; text-align: center; font-size: .85rem; line-height: 1.4rem; flex: none; }
        .stack .segment:last-child { flex: 1 1 auto; }
        .stack .exceeded { background: var(--exceeded); } .stack .met { background: var(--met); }
        .stack .short { background: var(--short); } .stack .pending { background: #b59d2a; } .stack .direction { background: var(--direction); }
        ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; justify-content: center; }
        .error { color: var(--short); white-space: pre-line; }
        header.site { flex-wrap: wrap; }
        header.site nav.site { display: flex; flex-wrap: wrap; gap: .2rem .9rem; margin-left: auto; }
        header.site nav.site a, header.site .who a, header.site .who button.link { color: #fff; }
        header.site .who { display: flex; gap: .6rem; align-items: baseline; font-size: .9rem; }
        form.inline { display: inline; margin: 0; }
        button.link { background: none; border: 0; padding: 0; text-decoration: underline; cursor: pointer; font: inherit; }
        a.skip { position: absolute; left: -9999px; } a.skip:focus { left: .5rem; top: .5rem; background: #fff; padding: .3rem .6rem; z-index: 10; }
        .notice { background: #e8f4ea; border-left: 4px solid var(--met); padding: .5rem .8rem; margin: .6rem 0; }
        .errors { background: #fbeaea; border-left: 4px solid var(--short); padding: .3rem .8rem; margin: .6rem 0; color: var(--short); }
        .hint { color: var(--muted); font-size: .85rem; margin: .2rem 0 0; }
        form.stack-form { max-width: 640px; margin: 1rem auto; display: grid; gap: .8rem; }
        form.stack-form.narrow { max-width: 380px; }
        form.stack-form label { display: block; font-weight: bold; margin-bottom: .2rem; }
        input[type=text], input[type=password], input[type=date], select, textarea { font: inherit; padding: .35rem; border: 1px solid #8a94a0; border-radius: 3px; max-width: 100%; }
        form.stack-form input[type=text], form.stack-form input[type=password], form.stack-form textarea, form.stack-form select { width: 100%; }
        input:focus, select:focus, textarea:focus, summary:focus { outline: 3px solid #f0b400; outline-offset: 1px; }
        h2 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
        code { font-size: 1.05rem; background: #fff; padding: 0 .3rem; border: 1px solid var(--line); }
        form.upload { max-width: 560px; margin: 1rem auto; display: grid; gap: .8rem; }
        form.upload label { display: block; font-weight: bold; margin-bottom: .2rem; }
        form.upload input[type=text] { width: 100%; padding: .35rem; font: inherit; }
        button { font: inherit; padding: .45rem 1.1rem; background: var(--accent); color: #fff; border: 0; border-radius: 3px; cursor: pointer; }
        pre.review { background: #fff; border: 1px solid var(--line); padding: .8rem; white-space: pre-wrap; font: inherit; font-size: .95rem; }
        table.matrix td.cell { text-align: center; font-weight: bold; }
        td.cell.met, div.cell.met { background: #e3f4e8; color: var(--met); } td.cell.short, div.cell.short { background: #fbe4e4; color: var(--short); }
        td.cell.pending, div.cell.pending { background: #fbf3d5; color: var(--pending); } td.cell a { color: inherit; text-decoration: none; }
        span.cell { font-weight: bold; padding: 0 .3rem; } span.cell.met { color: var(--met); } span.cell.short { color: var(--short); } span.cell.pending { color: var(--pending); }
        table.sheet tr.continues td:first-child { border-top-color: transparent; }
        section.discrepancies h2 { font-size: 1.1rem; color: var(--short); } ul.tree { columns: 3; }
        section.findings li { margin: .5rem 0; }
        section.findings .where { color: var(--muted); font-size: .9rem; margin: .2rem 0; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        .actions { display: flex; flex-wrap: wrap; gap: .6rem; margin: 1rem 0; position: sticky; bottom: 0; background: var(--bg); padding: .5rem 0; }
        button.primary { background: #0a5a2a; } button:disabled { opacity: .5; }
        .cutoff { margin-bottom: .6rem; }
        fieldset.figure { border: 1px solid var(--line); background: #fff; margin: 0 0 .8rem; padding: .5rem .8rem .7rem; border-radius: 4px; }
        fieldset.figure legend { font-weight: bold; padding: 0 .3rem; }
        fieldset.figure .facts { margin: .1rem 0 .5rem; color: var(--muted); }
        fieldset.figure .facts strong { color: var(--ink); }
        .fields { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: flex-end; }
        .field label, .field .caption { display: block; font-size: .85rem; color: var(--muted); margin-bottom: .15rem; }
        .field input[type=text] { width: 9.5rem; text-align: right; }
        .field.wide { flex: 1 1 18rem; } .field.wide textarea { width: 100%; }
        output.evaluation { display: inline-block; min-width: 9rem; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 3px; background: #fafbfc; }
        .notes { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: flex-end; margin-top: .5rem; }
        .check { display: flex; align-items: center; gap: .2rem; }
        details.explain { margin-top: .5rem; } details.explain summary { cursor: pointer; color: var(--accent); }
        details.explain .field { margin-top: .4rem; }
        .review { border-top: 1px dashed var(--line); margin-top: .6rem; padding-top: .5rem; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; }
        .row-errors { color: var(--short); margin: .2rem 0 .4rem; padding-left: 1.2rem; }
        .returned { background: #fff4e0; border-left: 4px solid #b36b00; padding: .3rem .6rem; }
        .status { font-weight: bold; color: var(--ink); }
        .scroll { overflow-x: auto; }
        table.board th[scope=row] { text-align: left; background: #f4f6f9; white-space: nowrap; }
        table.board td.cell.late { background: #fbeaea; } table.board td.cell.waiting { background: #fff8dc; }
        table.board td.cell.done { background: #e8f4ea; }
        table.audit td.old { color: var(--short); } table.audit td.new { color: var(--met); } .nowrap { white-space: nowrap; }
        form.inline-form { display: flex; gap: .3rem; margin-top: .3rem; flex-wrap: wrap; }
        ul.forms li { margin: .3rem 0; }
        @media (max-width: 700px) {
          body { font-size: 14px; } main { padding: .5rem; }
          header.site { padding: .5rem; } header.site .tagline { display: none; }
          header.site nav.site { margin-left: 0; width: 100%; }
          .field, .field input[type=text] { width: 100%; } .fields { display: block; } .fields .field { margin-bottom: .4rem; }
          output.evaluation { width: 100%; }
          table.report th:nth-child(3), table.report td:nth-child(3) { display: none; }
          th, td { padding: .25rem; }
          /* A long table scrolls sideways in its own box; the page itself never does. */
          main table { display: block; max-width: 100%; overflow-x: auto; } main table td.name { min-width: 11rem; }
        }
        @media print {
          @page { size: A4 landscape; margin: 15mm; }
          header.site, footer.site, nav, .summary .stack, .downloads { display: none; } body { background: #fff; }
          thead { display: table-header-group; } tr, figure { page-break-inside: avoid; }
        }
        """
}
