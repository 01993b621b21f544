extension PageTemplates {
    /// The chief judge's console: sign-in, or every trade's rounds (`chief-rounds`, also served
    /// alone at /chief/rounds so chief.js can draw them again after an action).
    static let chief = #"""
        {{<layout}}
        {{$scripts}}<script src="/assets/chief.js" defer></script>{{/scripts}}
        {{$body}}
        {{>header}}
        <main id="chief-page"{{#chief}} data-chief="{{id}}"{{/chief}}>
        {{^judge}}{{>signin}}{{/judge}}
        {{#judge}}{{^chief}}<p class="notice bad" role="alert">{{notChief}}</p>{{/chief}}{{/judge}}
        {{#chief}}<div id="rounds">{{>chief-rounds}}</div>{{/chief}}
        </main>
        {{/body}}
        {{/layout}}

        """#

    /// Per trade: each round's progress in competitors (as on the board), who still has to mark
    /// whom, the max_spread flags with their marks, the lock; then the versions published with
    /// their printable documents, and the appeals. Every action is a form of chief.js with the
    /// API's path; a reason where the CLI asks for one.
    static let chiefRounds = #"""
        {{#trades}}
        <section class="trade-status" data-trade="{{id}}">
        <h2>{{name}}</h2>
        <table class="status">
        <thead><tr><th>环节</th><th>进度（选手）</th><th>缺少的分数</th><th>分差待复核</th><th>锁定</th></tr></thead>
        <tbody>
        {{#rounds}}
        <tr class="round-status" data-trade="{{trade}}" data-round="{{round}}">
        <th scope="row">{{roundName}}{{#locked}} <span class="badge locked">已锁定</span>{{/locked}}</th>
        <td><span class="count">{{entered}} / {{expected}}</span><progress max="{{progressMax}}" value="{{entered}}"></progress></td>
        <td class="missing">{{^missing}}无{{/missing}}<ul class="plain">{{#missing}}<li>{{.}}</li>{{/missing}}</ul></td>
        <td class="flags">{{^flags}}无{{/flags}}
        {{#flags}}<form class="action flag" data-key="confirm|{{round}}|{{number}}" data-method="POST" data-path="/api/v1/confirmations">
        <p class="flag-text">{{text}}</p>
        <input type="hidden" name="number" value="{{number}}"><input type="hidden" name="round" value="{{round}}">
        <label>理由<input type="text" name="reason" placeholder="例如：现场复核无误" required></label>
        <div class="actions"><button type="submit">确认分数无误</button></div>
        <div class="result notice bad" role="alert" hidden></div>
        </form>{{/flags}}
        </td>
        <td>
        {{^locked}}<form class="action" data-key="lock|{{trade}}|{{round}}" data-method="POST" data-path="/api/v1/locks">
        <input type="hidden" name="trade" value="{{trade}}"><input type="hidden" name="round" value="{{round}}">
        <div class="actions"><button type="submit">锁定该环节</button></div>
        <div class="result notice bad" role="alert" hidden></div>
        </form>{{/locked}}
        {{#locked}}<form class="action" data-key="unlock|{{trade}}|{{round}}" data-method="POST" data-path="/api/v1/unlocks">
        <input type="hidden" name="trade" value="{{trade}}"><input type="hidden" name="round" value="{{round}}">
        <label>理由<input type="text" name="reason" placeholder="例如：复核发现漏录" required></label>
        <div class="actions"><button type="submit" class="quiet">解除锁定</button></div>
        <div class="result notice bad" role="alert" hidden></div>
        </form>{{/locked}}
        </td>
        </tr>
        {{/rounds}}
        </tbody>
        </table>
        <div class="publication">
        <h3>成绩发布</h3>
        <form class="action" data-key="publish|{{id}}" data-method="POST" data-path="/api/v1/publications">
        <input type="hidden" name="trade" value="{{id}}">
        <label>公示天数<input type="number" name="notice_days" data-type="integer" min="0" inputmode="numeric" placeholder="默认 5 天"></label>
        <div class="actions"><button type="submit">发布新版本</button></div>
        <div class="result notice bad" role="alert" hidden></div>
        </form>
        {{^publications}}<p class="none">尚未发布。</p>{{/publications}}
        <ul class="plain versions">
        {{#publications}}
        <li class="version" data-version="{{version}}"><span class="what">第 {{version}} 版</span> {{publishedAt}} 发布，公示至 {{noticeEndsAt}}{{#final}} <span class="badge locked">已定稿</span>{{/final}}
        <span class="documents">{{#documents}}<a href="{{href}}" target="_blank" rel="noopener">{{label}}</a> {{/documents}}</span></li>
        {{/publications}}
        </ul>
        </div>
        <div class="appeals">
        <h3>申诉</h3>
        {{^appeals}}<p class="none">没有申诉。</p>{{/appeals}}
        {{#appeals}}
        <div class="appeal{{#open}} open{{/open}}" data-appeal="{{id}}">
        <p>申诉 {{id}}（第 {{version}} 版）选手 {{number}}：{{reason}}<span class="by">　{{filedBy}}，{{filedAt}}</span></p>
        {{#ruling}}<p class="ruling">已裁决（{{ruledBy}}）：{{ruling}}</p>{{/ruling}}
        {{#open}}<form class="action" data-key="resolve|{{id}}" data-method="POST" data-path="/api/v1/appeals/{{id}}/resolution">
        <label>裁决<input type="text" name="ruling" placeholder="例如：维持原成绩" required></label>
        <div class="actions"><button type="submit">裁决</button></div>
        <div class="result notice bad" role="alert" hidden></div>
        </form>{{/open}}
        </div>
        {{/appeals}}
        <form class="action" data-key="appeal|{{id}}" data-method="POST" data-path="/api/v1/appeals">
        <input type="hidden" name="trade" value="{{id}}">
        <label>参赛号<input type="text" name="number" inputmode="numeric" required></label>
        <label>申诉内容<input type="text" name="reason" required></label>
        <label>提出人<input type="text" name="by" placeholder="例如：乙公司领队"></label>
        <div class="actions"><button type="submit" class="quiet">登记申诉</button></div>
        <div class="result notice bad" role="alert" hidden></div>
        </form>
        </div>
        </section>
        {{/trades}}

        """#
}
