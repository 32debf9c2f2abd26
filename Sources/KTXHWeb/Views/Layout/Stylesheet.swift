/// The site's one stylesheet, served by the app itself so it works on an intranet without internet.
enum Stylesheet {
    static let css = """
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
        .stack .segment { color: #fff; text-align: center; font-size: .85rem; line-height: 1.4rem; }
        .stack .exceeded { background: var(--exceeded); } .stack .met { background: var(--met); }
        .stack .short { background: var(--short); } .stack .pending { background: #b59d2a; } .stack .direction { background: var(--direction); }
        ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; justify-content: center; }
        .error { color: var(--short); white-space: pre-line; }
        header.site .action { margin-left: auto; color: #fff; }
        form.upload { max-width: 560px; margin: 1rem auto; display: grid; gap: .8rem; }
        form.upload label { display: block; font-weight: bold; margin-bottom: .2rem; }
        form.upload input[type=text] { width: 100%; padding: .35rem; font: inherit; }
        button { font: inherit; padding: .45rem 1.1rem; background: var(--accent); color: #fff; border: 0; border-radius: 3px; cursor: pointer; }
        pre.review { background: #fff; border: 1px solid var(--line); padding: .8rem; white-space: pre-wrap; font: inherit; font-size: .95rem; }
        section.findings li { margin: .5rem 0; }
        section.findings .where { color: var(--muted); font-size: .9rem; margin: .2rem 0; }
        @media (max-width: 700px) {
          body { font-size: 14px; } main { padding: .5rem; }
          table.report th:nth-child(3), table.report td:nth-child(3) { display: none; }
          th, td { padding: .25rem; }
        }
        @media print { header.site, footer.site, nav, .summary, .downloads { display: none; } body { background: #fff; } }
        """
}
