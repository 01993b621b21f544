extension PageTemplates {
    /// The hall board, drawn from the JSON of `/api/v1/board` and nothing else; board.js draws
    /// every later event with the same elements.
    static let board = #"""
        {{<layout}}
        {{$scripts}}<script src="/assets/board.js" defer></script>{{/scripts}}
        {{$body}}
        <header class="bar"><h1 id="competition">{{competition.name}}</h1><span class="link down" id="link" role="status">正在连接…</span></header>
        <main id="board">
        {{#trades}}
        <section class="trade" data-trade="{{id}}">
        <h2>{{name}}</h2>
        <div class="rounds">
        {{#rounds}}
        <div class="round{{#locked}} locked{{/locked}}" data-round="{{id}}">
        <div class="line"><span class="name">{{name}}</span><span class="count">{{entered}} / {{expected}}{{#locked}}　已锁定{{/locked}}</span></div>
        <progress max="{{progressMax}}" value="{{entered}}"></progress>
        </div>
        {{/rounds}}
        </div>
        {{#hasResults}}
        <table class="ranking">
        <thead><tr><th>名次</th><th>参赛号</th><th>姓名</th><th>单位</th><th>总成绩</th><th>奖项</th><th>称号</th></tr></thead>
        <tbody>
        {{#results}}
        <tr class="{{#.prize}}prized{{/.prize}}"><td class="rank">{{.rank}}</td><td class="number">{{.number}}</td><td class="name">{{.name}}</td><td class="unit">{{.unit}}</td><td class="total">{{.total}}</td><td class="prize">{{.prize}}</td><td class="title">{{.title}}</td></tr>
        {{/results}}
        </tbody>
        </table>
        {{/hasResults}}
        {{^hasResults}}<p class="waiting">全部环节锁定后公布成绩</p>{{/hasResults}}
        </section>
        {{/trades}}
        </main>
        {{/body}}
        {{/layout}}

        """#
}
