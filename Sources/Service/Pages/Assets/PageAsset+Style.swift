extension PageAsset {
    /// One style sheet for the three pages: touch targets of at least 48 px for tablets and
    /// phones, and the board's large type for a 1920×1080 hall screen. No inline style anywhere
    /// (the CSP allows only this file), so states are classes and progress is a <progress>.
    static let style = PageAsset(
        name: "pages.css", contentType: "text/css; charset=utf-8",
        body: #"""
            :root {
              --ink: #1b1f24; --muted: #5b6470; --line: #d5dae1; --paper: #ffffff; --ground: #f3f5f8;
              --accent: #0b5cad; --ok: #1d7a3a; --warn: #a35a00; --bad: #b3261e;
              font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
              color: var(--ink); background: var(--ground);
            }
            * { box-sizing: border-box; }
            body { margin: 0; font-size: 18px; line-height: 1.5; }
            header.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px;
              padding: 10px 16px; background: var(--accent); color: #fff; }
            header.bar h1 { font-size: 20px; margin: 0; flex: 1 1 auto; }
            header.bar .who { font-size: 16px; }
            main { padding: 12px 16px 48px; max-width: 1100px; margin: 0 auto; }
            h2 { font-size: 20px; margin: 20px 0 8px; }
            a { color: var(--accent); }
            button, .button { font: inherit; min-height: 48px; padding: 8px 18px; border-radius: 8px;
              border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
            button.quiet { background: var(--paper); color: var(--accent); }
            button:disabled { opacity: .5; cursor: default; }
            input, textarea, select { font: inherit; }
            .notice { padding: 10px 14px; border-radius: 8px; background: #fff4e0; color: var(--warn); margin: 8px 0; }
            .notice.bad, .error { color: var(--bad); }
            .notice.bad { background: #fdecea; }
            [hidden] { display: none !important; }

            /* Sign-in */
            form.signin { max-width: 420px; margin: 32px auto; padding: 20px; background: var(--paper);
              border-radius: 12px; border: 1px solid var(--line); display: grid; gap: 12px; }
            form.signin label { display: grid; gap: 4px; font-weight: 600; }
            form.signin input { min-height: 52px; padding: 8px 12px; font-size: 22px; border: 1px solid var(--line);
              border-radius: 8px; }

            /* The judge's sheet */
            section.round { background: var(--paper); border: 1px solid var(--line); border-radius: 12px;
              padding: 12px; margin: 16px 0; }
            section.round > h2 { margin-top: 0; }
            .badge { display: inline-block; font-size: 15px; padding: 2px 10px; border-radius: 999px;
              background: var(--ground); color: var(--muted); vertical-align: middle; }
            .badge.locked { background: #e9edf2; color: var(--ink); }
            .badge.live { background: #e3f4e8; color: var(--ok); }
            table.sheet { width: 100%; border-collapse: collapse; }
            table.sheet th, table.sheet td { border-bottom: 1px solid var(--line); padding: 8px 6px; text-align: left;
              vertical-align: top; }
            table.sheet thead th { font-size: 15px; color: var(--muted); font-weight: 600; }
            table.sheet .max { display: block; font-weight: 400; }
            .competitor .number { font-weight: 700; font-size: 20px; display: block; }
            .competitor .name { color: var(--muted); }
            input.mark { width: 100%; min-width: 88px; min-height: 52px; font-size: 24px; padding: 6px 10px;
              border: 2px solid var(--line); border-radius: 8px; text-align: right; font-variant-numeric: tabular-nums; }
            input.mark:focus { outline: none; border-color: var(--accent); }
            input.mark.invalid { border-color: var(--bad); background: #fdecea; }
            input.mark[readonly] { background: var(--ground); color: var(--muted); }
            .state { display: block; min-height: 22px; font-size: 15px; }
            .state.saved { color: var(--ok); }
            .state.pending { color: var(--warn); font-weight: 700; }
            .state.refused { color: var(--bad); }
            td.total { font-size: 22px; font-weight: 700; white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.total .of { font-size: 15px; color: var(--muted); font-weight: 400; }
            .queue { position: sticky; bottom: 0; padding: 10px 16px; background: #fff4e0; color: var(--warn);
              font-weight: 700; border-top: 2px solid var(--warn); }
            @media (max-width: 640px) {
              main { padding: 8px; }
              table.sheet thead { display: none; }
              table.sheet tr.competitor { display: grid; grid-template-columns: repeat(auto-fit, minmax(120px, 1fr));
                gap: 6px 10px; padding: 10px 0; border-bottom: 2px solid var(--line); }
              table.sheet tr.competitor > * { border: 0; padding: 0; }
              table.sheet tr.competitor > th { grid-column: 1 / -1; }
              table.sheet td .label { display: block; font-size: 14px; color: var(--muted); }
            }
            @media (min-width: 641px) { table.sheet td .label { display: none; } }

            /* The chief judge's console */
            table.status { width: 100%; border-collapse: collapse; background: var(--paper); }
            table.status th, table.status td { border-bottom: 1px solid var(--line); padding: 8px; text-align: left;
              vertical-align: top; }
            table.status thead th, table.status tbody th, table.status td:nth-child(2) { white-space: nowrap; }
            table.status td:nth-child(2) { min-width: 120px; }
            table.status td progress { display: block; }
            progress { width: 100%; height: 14px; accent-color: var(--accent); }
            ul.plain { margin: 0; padding-left: 18px; }
            .actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
            .actions input[type=text] { min-height: 48px; padding: 6px 10px; border: 1px solid var(--line);
              border-radius: 8px; flex: 1 1 200px; }
            .blockers { margin: 6px 0 0; color: var(--bad); }
            form.action { display: grid; gap: 6px; margin: 4px 0 10px; }
            form.action label { display: grid; gap: 2px; font-size: 15px; color: var(--muted); }
            form.action input:not([type=hidden]) { min-height: 48px; padding: 6px 10px; border: 1px solid var(--line);
              border-radius: 8px; color: var(--ink); }
            form.flag { border-left: 3px solid var(--warn); padding-left: 8px; }
            .flag-text { margin: 0; font-variant-numeric: tabular-nums; }
            .publication, .appeals { background: var(--paper); border: 1px solid var(--line); border-radius: 12px;
              padding: 8px 14px; margin: 12px 0; }
            h3 { font-size: 18px; margin: 8px 0; }
            .publication form.action, .appeals form.action { grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
              align-items: end; }
            .publication form.action .result, .appeals form.action .result { grid-column: 1 / -1; }
            .versions li { margin: 6px 0; }
            .documents a { display: inline-block; min-height: 44px; padding: 10px 6px; }
            .appeal { border-top: 1px solid var(--line); padding: 6px 0; }
            .appeal .by, .none { color: var(--muted); }
            .appeal .ruling { color: var(--ok); margin: 0; }

            /* The hall board: 1920×1080, readable from the back of the hall */
            body.board { background: #0d1b2a; color: #f4f7fb; font-size: 26px; }
            body.board header.bar { background: #13293d; padding: 18px 32px; }
            body.board header.bar h1 { font-size: 40px; }
            body.board .link { font-size: 20px; color: #9fb3c8; }
            body.board .link.down { color: #ffb4a9; }
            body.board main { max-width: none; padding: 24px 32px; display: grid; gap: 24px;
              grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); }
            .trade { background: #13293d; border-radius: 16px; padding: 20px 24px; }
            .trade h2 { font-size: 34px; margin: 0 0 12px; }
            .trade .rounds { display: grid; gap: 14px; }
            .trade .round .line { display: flex; justify-content: space-between; gap: 16px; }
            .trade .round .count { font-variant-numeric: tabular-nums; }
            body.board progress { height: 18px; }
            table.ranking { width: 100%; border-collapse: collapse; margin-top: 16px; font-size: 24px; }
            table.ranking th, table.ranking td { padding: 6px 8px; text-align: left; border-bottom: 1px solid #25415c; }
            table.ranking th { color: #9fb3c8; font-weight: 400; font-size: 20px; }
            table.ranking td.total { font-variant-numeric: tabular-nums; font-weight: 700; }
            table.ranking tr.prized td.prize { color: #ffd166; font-weight: 700; }
            .waiting { color: #9fb3c8; margin-top: 12px; }
            """#)
}
