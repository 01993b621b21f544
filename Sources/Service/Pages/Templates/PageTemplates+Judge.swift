extension PageTemplates {
    /// The judge's page: sign-in, or the sheet of the judge's panels as the server has it (so it
    /// reads without JavaScript); judge.js adds typing, checking and sending.
    static let judge = #"""
        {{<layout}}
        {{$scripts}}<script src="/assets/judge.js" defer></script>{{/scripts}}
        {{$body}}
        {{>header}}
        <main id="judge-page"{{#judge}} data-judge="{{id}}"{{/judge}}>
        {{^judge}}{{>signin}}{{/judge}}
        {{#judge}}
        <p class="notice bad" id="session-notice" role="alert" hidden></p>
        {{^rounds}}<p class="notice">您所在的裁判组目前没有需要评分的选手。</p>{{/rounds}}
        {{#rounds}}
        <section class="round" id="round-{{trade}}-{{round}}" data-trade="{{trade}}" data-round="{{round}}">
        <h2>{{tradeName}} · {{roundName}} <span class="badge">满分 {{max}}</span>
        {{#locked}}<span class="badge locked">已锁定，只读</span>{{/locked}}</h2>
        <table class="sheet">
        <thead><tr><th>选手</th>{{#criteria}}<th>{{name}}<span class="max">满分 {{max}}</span></th>{{/criteria}}{{^criteria}}<th>分数<span class="max">满分 {{max}}</span></th>{{/criteria}}<th>合计</th></tr></thead>
        <tbody>
        {{#competitors}}
        <tr class="competitor" data-number="{{number}}">
        <th scope="row"><span class="number">{{number}}</span><span class="name">{{name}}</span></th>
        {{#cells}}
        <td><label class="label" for="{{id}}">{{label}}（满分 {{max}}）</label>
        <input class="mark" id="{{id}}" type="text" inputmode="decimal" autocomplete="off" enterkeyhint="next" aria-label="{{number}} {{label}}" data-number="{{number}}" data-round="{{round}}" data-criterion="{{criterion}}" data-max="{{max}}" data-saved="{{.score}}" value="{{.score}}"{{#locked}} readonly{{/locked}}>
        <span class="state{{#.score}} saved{{/.score}}" id="{{id}}-state" aria-live="polite">{{#.score}}已保存{{/.score}}</span></td>
        {{/cells}}
        <td class="total"><span class="value">{{total}}</span> <span class="of">/ {{roundMax}}</span></td>
        </tr>
        {{/competitors}}
        </tbody>
        </table>
        </section>
        {{/rounds}}
        <p class="queue" id="queue" role="status" hidden></p>
        {{/judge}}
        </main>
        {{/body}}
        {{/layout}}

        """#
}
