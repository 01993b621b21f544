extension PageAsset {
    /// The judge's sheet: validation as typed (the rule of `Points(parsingMark:max:)`,
    /// in integer hundredths, never floating point), and a queue of unacknowledged marks kept in
    /// localStorage and retried until the server answers. A mark shows 已保存 only after a 200.
    static let judgeScript = PageAsset(
        name: "judge.js", contentType: "text/javascript; charset=utf-8",
        body: #"""
            'use strict';
            (function () {
              const page = document.getElementById('judge-page');
              if (!page) return;
              const { api, refusalText, text } = window.Pages;

              const judge = page.dataset.judge;
              if (!judge) return;

              // --- The rule of a mark, as the server applies it (Points(parsingMark:max:)) ---
              // Returns hundredths, or { refusal: key } naming the message.
              function hundredths(raw, max) {
                const value = raw.replace(/^[ \t]+|[ \t]+$/g, '');
                if (value === '') return { refusal: 'msgMissing' };
                const shape = /^(-?)([0-9]+)(?:\.([0-9]+))?$/.exec(value);
                if (!shape) return { refusal: 'msgNotANumber' };
                const places = shape[3] || '';
                // As the server: a minus sign makes it negative only when the rest is a mark.
                if (shape[1] === '-') {
                  return { refusal: shape[2].length <= 12 && places.length <= 2 ? 'msgNegative' : 'msgNotANumber' };
                }
                if (shape[2].length > 12) return { refusal: 'msgTooLarge' };
                if (places.length > 2) return { refusal: 'msgTooManyPlaces' };
                const cents = Number(shape[2]) * 100 + Number((places + '00').slice(0, 2));
                if (max !== null && cents > max) return { refusal: 'msgAboveMaximum' };
                return { cents };
              }
              function parseMax(text) { return hundredths(text, null).cents; }
              function shown(cents) {
                const rest = cents % 100;
                return Math.floor(cents / 100) + '.' + (rest < 10 ? '0' : '') + rest;
              }
              function refusalMessage(key, max) {
                return text(key).replace('{max}', max);
              }

              // --- Marks waiting for the server's answer, kept across a reload ---
              const storageKey = 'judge.pending.' + judge;
              function loadQueue() {
                try { return JSON.parse(localStorage.getItem(storageKey)) || {}; } catch (e) { return {}; }
              }
              let queue = loadQueue();
              function saveQueue() { localStorage.setItem(storageKey, JSON.stringify(queue)); }
              function keyOf(input) {
                return [input.dataset.round, input.dataset.number, input.dataset.criterion].join('|');
              }
              function newRequestID() {
                // crypto.randomUUID needs a secure context; the venue network is plain http.
                const bytes = crypto.getRandomValues(new Uint8Array(16));
                bytes[6] = (bytes[6] & 0x0f) | 0x40;
                bytes[8] = (bytes[8] & 0x3f) | 0x80;
                const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
                return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' +
                  hex.slice(16, 20) + '-' + hex.slice(20);
              }

              const inputs = Array.from(page.querySelectorAll('input.mark'));
              const byKey = new Map(inputs.map((input) => [keyOf(input), input]));

              function setState(input, kind, message) {
                const state = document.getElementById(input.id + '-state');
                state.className = 'state ' + kind;
                state.textContent = message;
                input.classList.toggle('invalid', kind === 'refused');
                input.setAttribute('aria-invalid', kind === 'refused' ? 'true' : 'false');
              }

              function updateTotal(row) {
                const total = row.querySelector('.total .value');
                let cents = 0;
                let complete = true;
                let any = false;
                for (const input of row.querySelectorAll('input.mark')) {
                  const parsed = hundredths(input.value, parseMax(input.dataset.max));
                  if (parsed.cents === undefined) { complete = false; continue; }
                  cents += parsed.cents;
                  any = true;
                }
                total.textContent = any ? shown(cents) : '—';
                total.classList.toggle('partial', !complete);
              }

              function updateBanner() {
                const waiting = Object.keys(queue).length;
                const banner = document.getElementById('queue');
                banner.hidden = waiting === 0;
                banner.textContent = text('msgWaiting').replace('{count}', waiting);
              }

              // Checks the typed text; a valid mark that differs from the saved one joins the queue.
              function typed(input, commit) {
                const max = input.dataset.max;
                const parsed = hundredths(input.value, parseMax(max));
                updateTotal(input.closest('tr'));
                if (parsed.cents === undefined) {
                  if (input.value.trim() === '' && !input.dataset.saved) { setState(input, '', ''); return; }
                  setState(input, 'refused', refusalMessage(parsed.refusal, max));
                  return;
                }
                const score = shown(parsed.cents);
                const key = keyOf(input);
                if (!commit) {
                  setState(input, queue[key] ? 'pending' : (score === input.dataset.saved ? 'saved' : 'pending'),
                    queue[key] || score !== input.dataset.saved ? text('msgPending') : text('msgSaved'));
                  return;
                }
                // Once committed, shown as it is stored: 70.5 reads 70.50.
                input.value = score;
                if (score === input.dataset.saved && !queue[key]) { setState(input, 'saved', text('msgSaved')); return; }
                if (queue[key] && queue[key].body.score === score) return;
                queue[key] = {
                  body: {
                    number: input.dataset.number, round: input.dataset.round,
                    criterion: input.dataset.criterion === '' ? null : input.dataset.criterion,
                    score, request_id: newRequestID(),
                  },
                };
                saveQueue();
                setState(input, 'pending', text('msgPending'));
                updateBanner();
                send();
              }

              // One request at a time, in the order typed; a mark that fails to reach the server
              // stays in the queue and is sent again with the same request_id.
              let sending = false;
              let retry = null;
              async function send() {
                if (sending) return;
                sending = true;
                clearTimeout(retry);
                try {
                  for (;;) {
                    const key = Object.keys(queue)[0];
                    if (key === undefined) break;
                    const entry = queue[key];
                    let answer;
                    try {
                      answer = await api('PUT', '/api/v1/marks', entry.body);
                    } catch (e) {
                      answer = null;
                    }
                    if (answer === null || answer.status >= 500 || answer.status === 429) {
                      retry = setTimeout(send, 3000);
                      break;
                    }
                    if (answer.status === 401 || (answer.status === 403 && answer.json &&
                        answer.json.error && answer.json.error.code === 'csrf')) {
                      // Kept for after the judge signs in again.
                      const notice = document.getElementById('session-notice');
                      notice.textContent = refusalText(answer) + ' ' + text('msgSignInAgain');
                      notice.hidden = false;
                      break;
                    }
                    const input = byKey.get(key);
                    const current = queue[key];
                    if (current && current.body.request_id === entry.body.request_id) delete queue[key];
                    saveQueue();
                    if (input && current === entry) {
                      if (answer.status === 200) {
                        input.dataset.saved = entry.body.score;
                        // Shown as stored (70.5 → 70.50), unless the judge is typing in it again.
                        if (document.activeElement !== input) input.value = entry.body.score;
                        setState(input, 'saved', text('msgSaved'));
                        if (document.activeElement === input) typed(input, false);
                      } else {
                        setState(input, 'refused', refusalText(answer));
                      }
                      updateTotal(input.closest('tr'));
                    }
                    updateBanner();
                  }
                } finally {
                  sending = false;
                }
              }

              for (const input of inputs) {
                const pending = queue[keyOf(input)];
                if (pending) {
                  // A locked round keeps its value; the server's refusal then says why.
                  if (!input.readOnly) input.value = pending.body.score;
                  setState(input, 'pending', text('msgPending'));
                }
                if (input.readOnly) continue;
                input.addEventListener('input', () => typed(input, false));
                input.addEventListener('change', () => typed(input, true));
                input.addEventListener('keydown', (event) => {
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  typed(input, true);
                  const next = inputs[inputs.indexOf(input) + 1];
                  if (next) next.focus();
                });
                // Typed while this script was still loading (a slow network): taken as entered.
                if (!pending && input.value !== input.defaultValue) typed(input, true);
              }
              saveQueue();
              for (const row of page.querySelectorAll('tr.competitor')) updateTotal(row);
              updateBanner();
              window.addEventListener('online', send);
              send();
            })();
            """#)
}
