extension PageAsset {
    /// The hall board, live: every `board` event carries the whole of `/api/v1/board`, which is
    /// drawn as the server drew the first one (same elements and classes), with text only through
    /// textContent. EventSource reconnects by itself (sending Last-Event-ID); a stream the server
    /// refused or closed for good is opened again after a pause.
    static let boardScript = PageAsset(
        name: "board.js", contentType: "text/javascript; charset=utf-8",
        body: #"""
            'use strict';
            (function () {
              const main = document.getElementById('board');
              if (!main) return;
              const link = document.getElementById('link');
              const text = (key) => document.body.dataset[key] || '';

              function element(tag, className, content) {
                const node = document.createElement(tag);
                if (className) node.className = className;
                if (content !== undefined && content !== null) node.textContent = content;
                return node;
              }

              function roundNode(round) {
                const node = element('div', 'round' + (round.locked ? ' locked' : ''));
                node.dataset.round = round.id;
                const line = element('div', 'line');
                line.append(element('span', 'name', round.name));
                line.append(element('span', 'count', round.entered + ' / ' + round.expected +
                  (round.locked ? '　' + text('msgLocked') : '')));
                node.append(line);
                const bar = element('progress');
                bar.max = Math.max(round.expected, 1);
                bar.value = round.entered;
                node.append(bar);
                return node;
              }

              function rankingNode(results) {
                const table = element('table', 'ranking');
                const head = element('tr');
                for (const label of ['名次', '参赛号', '姓名', '单位', '总成绩', '奖项', '称号']) head.append(element('th', '', label));
                const thead = element('thead');
                thead.append(head);
                table.append(thead);
                const body = element('tbody');
                for (const row of results) {
                  const line = element('tr', row.prize ? 'prized' : '');
                  line.append(element('td', 'rank', row.rank === null ? '' : String(row.rank)));
                  line.append(element('td', 'number', row.number));
                  line.append(element('td', 'name', row.name));
                  line.append(element('td', 'unit', row.unit));
                  line.append(element('td', 'total', row.total));
                  line.append(element('td', 'prize', row.prize));
                  line.append(element('td', 'title', row.title));
                  body.append(line);
                }
                table.append(body);
                return table;
              }

              function draw(board) {
                document.getElementById('competition').textContent = board.competition.name;
                const trades = [];
                for (const trade of board.trades) {
                  const section = element('section', 'trade');
                  section.dataset.trade = trade.id;
                  section.append(element('h2', '', trade.name));
                  const rounds = element('div', 'rounds');
                  for (const round of trade.rounds) rounds.append(roundNode(round));
                  section.append(rounds);
                  if (trade.results) section.append(rankingNode(trade.results));
                  else section.append(element('p', 'waiting', text('msgWaiting')));
                  trades.push(section);
                }
                main.replaceChildren(...trades);
                main.dataset.updated = String(Date.now());
              }

              function showLink(up) {
                link.textContent = up ? text('msgLive') : text('msgReconnecting');
                link.classList.toggle('down', !up);
              }

              let source = null;
              function connect() {
                source = new EventSource('/api/v1/events');
                source.addEventListener('open', () => showLink(true));
                source.addEventListener('board', (event) => {
                  showLink(true);
                  // A board that cannot be drawn leaves the last good one on the screen.
                  try { draw(JSON.parse(event.data)); } catch (e) { console.error('board', e); }
                });
                source.addEventListener('error', () => {
                  showLink(false);
                  if (source.readyState === EventSource.CLOSED) {
                    source.close();
                    setTimeout(connect, 3000);
                  }
                });
              }
              connect();
            })();
            """#)
}
