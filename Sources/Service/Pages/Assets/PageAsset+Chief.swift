extension PageAsset {
    /// The console's actions (lock, unlock, confirm a flag, publish, appeals). Each is a
    /// <form class="action" data-key> whose named fields become the JSON body of its
    /// `data-method` `data-path`: the page, rendered from what the API offers, decides
    /// which actions exist, and this script knows no endpoint. After an action, or when the board
    /// changes, the rounds are rendered again by the server (`/chief/rounds`).
    static let chiefScript = PageAsset(
        name: "chief.js", contentType: "text/javascript; charset=utf-8",
        body: #"""
            'use strict';
            (function () {
              const page = document.getElementById('chief-page');
              if (!page || !page.dataset.chief) return;
              const { api, refusalText, text } = window.Pages;
              const rounds = document.getElementById('rounds');

              async function refresh() {
                try {
                  const response = await fetch('/chief/rounds', { credentials: 'same-origin', cache: 'no-store' });
                  if (response.status !== 200) return;
                  // An action's answer (a refused lock and its blockers) stays on screen.
                  const shown = new Map();
                  for (const result of rounds.querySelectorAll('form.action .result:not([hidden])')) {
                    shown.set(result.closest('form.action').dataset.key, result);
                  }
                  rounds.innerHTML = await response.text();
                  for (const form of rounds.querySelectorAll('form.action')) {
                    const kept = shown.get(form.dataset.key);
                    if (kept) form.querySelector('.result').replaceWith(kept);
                  }
                } catch (e) { /* offline: the next board event refreshes */ }
              }

              // Not drawn again while the chief types (a reason, a number) or an action is on its way:
              // its answer belongs to the form on screen.
              let sending = 0;
              function busy() {
                return sending > 0 ||
                  Array.from(rounds.querySelectorAll('form.action input:not([type=hidden])')).some((field) =>
                    field.value !== '' || field === document.activeElement);
              }

              rounds.addEventListener('submit', async (event) => {
                const form = event.target.closest('form.action');
                if (!form) return;
                event.preventDefault();
                const result = form.querySelector('.result');
                const body = {};
                for (const field of form.querySelectorAll('[name]')) {
                  const value = field.value.trim();
                  // A count (the notice period's days) goes as a JSON number, and only when given.
                  if (field.dataset.type === 'integer') { if (value !== '') body[field.name] = Number(value); }
                  else body[field.name] = value;
                }
                const button = form.querySelector('button');
                button.disabled = true;
                result.textContent = '';
                result.hidden = true;
                sending += 1;
                try {
                  const answer = await api(form.dataset.method, form.dataset.path, body);
                  if (answer.status >= 200 && answer.status < 300) { await refresh(); return; }
                  result.append(refusalText(answer));
                  const blockers = (answer.json && answer.json.error && answer.json.error.blockers) ||
                    (answer.json && answer.json.blockers) || [];
                  if (blockers.length > 0) {
                    const list = document.createElement('ul');
                    list.className = 'blockers plain';
                    for (const line of blockers) {
                      const item = document.createElement('li');
                      item.textContent = line;
                      list.append(item);
                    }
                    result.append(list);
                  }
                  result.hidden = false;
                } catch (e) {
                  result.textContent = text('msgOffline');
                  result.hidden = false;
                } finally {
                  sending -= 1;
                  button.disabled = false;
                }
              });

              // Progress moves as judges mark: the board's events say when.
              const events = new EventSource('/api/v1/events');
              events.addEventListener('board', () => { if (!busy()) refresh(); });
            })();
            """#)
}
