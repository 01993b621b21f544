extension PageAsset {
    /// What the judge's page and the console share: JSON calls with the session's CSRF token,
    /// the server's refusal text, and signing in and out through `/api/v1/session`. The texts
    /// come from the page (`data-msg-*` on <body>), rendered from the one refusal catalog.
    static let commonScript = PageAsset(
        name: "pages.js", contentType: "text/javascript; charset=utf-8",
        body: #"""
            'use strict';
            window.Pages = (function () {
              const text = (key) => document.body.dataset[key] || '';

              async function api(method, path, body) {
                const headers = { 'Accept': 'application/json' };
                const token = document.querySelector('meta[name="csrf-token"]');
                if (token && token.content) headers['X-CSRF-Token'] = token.content;
                if (body !== undefined) headers['Content-Type'] = 'application/json';
                const response = await fetch(path, {
                  method, headers, credentials: 'same-origin', cache: 'no-store',
                  body: body === undefined ? undefined : JSON.stringify(body),
                });
                let json = null;
                try { json = await response.json(); } catch (e) { json = null; }
                return { status: response.status, json, headers: response.headers };
              }

              function refusalText(answer) {
                const error = answer.json && answer.json.error;
                return error && error.message ? error.message : text('msgServer') + '（' + answer.status + '）';
              }

              // Without JavaScript the form posts to the page itself; with it, to the JSON API.
              const signin = document.getElementById('signin');
              if (signin) {
                signin.addEventListener('submit', async (event) => {
                  event.preventDefault();
                  const failure = document.getElementById('signin-error');
                  const button = signin.querySelector('button[type=submit]');
                  button.disabled = true;
                  try {
                    const answer = await api('POST', '/api/v1/session', {
                      judge: signin.elements.judge.value.trim(), pin: signin.elements.pin.value.trim(),
                    });
                    if (answer.status === 200) { location.reload(); return; }
                    failure.textContent = refusalText(answer);
                    failure.hidden = false;
                  } catch (e) {
                    failure.textContent = text('msgOffline');
                    failure.hidden = false;
                  } finally {
                    button.disabled = false;
                  }
                });
              }
              const signout = document.getElementById('signout');
              if (signout) {
                signout.addEventListener('click', async () => {
                  try { await api('DELETE', '/api/v1/session'); } catch (e) { /* offline: signed in still */ }
                  location.reload();
                });
              }
              return { api, refusalText, text };
            })();
            """#)
}
