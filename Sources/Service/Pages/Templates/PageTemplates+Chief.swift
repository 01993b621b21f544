extension PageTemplates {
    /// The chief judge's console: sign-in, or every trade's rounds (`chief-rounds`, also served
    /// alone at /chief/rounds so chief.js can draw them again after an action).
    static let chief = #"""
        {{<layout}}
        {{$scripts}}<script src="/assets/chief.js" defer></script>{{/scripts}}
        {{$body}}
        <header class="bar"><h1>{{competition}} · 裁判长控制台</h1>
        {{#judge}}<span class="who" id="who">{{id}} {{name}}</span><button type="button" class="quiet" id="signout">退出登录</button>{{/judge}}
        </header>
        <main id="chief-page"{{#chief}} data-chief="{{id}}"{{/chief}}>
        {{^judge}}{{>signin}}{{/judge}}
        {{#judge}}{{^chief}}<p class="notice bad" role="alert">{{notChief}}</p>{{/chief}}{{/judge}}
        {{#chief}}<div id="rounds">{{>chief-rounds}}</div>{{/chief}}
        </main>
        {{/body}}
        {{/layout}}

        """#

    /// Per trade and round: progress in competitors (as on the board), who still has to mark
    /// whom, the max_spread flags, and the actions the API offers.
    static let chiefRounds = #"""
        {{#trades}}
        <section class="trade-status" data-trade="{{id}}">
        <h2>{{name}}</h2>
        <table class="status">
        <thead><tr><th>环节</th><th>进度（选手）</th><th>缺少的分数</th><th>分差待复核</th><th>操作</th></tr></thead>
        <tbody>
        {{#rounds}}
        <tr class="round-status" data-trade="{{trade}}" data-round="{{round}}">
        <th scope="row">{{roundName}}{{#locked}} <span class="badge locked">已锁定</span>{{/locked}}</th>
        <td><span class="count">{{entered}} / {{expected}}</span><progress max="{{progressMax}}" value="{{entered}}"></progress></td>
        <td class="missing">{{^missing}}无{{/missing}}<ul class="plain">{{#missing}}<li>{{.}}</li>{{/missing}}</ul></td>
        <td class="flags">{{^flags}}无{{/flags}}<ul class="plain">{{#flags}}<li>{{.}}</li>{{/flags}}</ul></td>
        <td>
        {{^locked}}<form class="action" data-method="POST" data-path="/api/v1/locks">
        <input type="hidden" name="trade" value="{{trade}}"><input type="hidden" name="round" value="{{round}}">
        <div class="actions"><button type="submit">锁定该环节</button></div>
        <div class="result notice bad" role="alert" hidden></div>
        </form>{{/locked}}
        </td>
        </tr>
        {{/rounds}}
        </tbody>
        </table>
        </section>
        {{/trades}}

        """#
}
