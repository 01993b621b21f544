-- wrk: 50 connections, each request one judge's session (cookie and CSRF token) sending one of the
-- marks that judge's sheet allows. BENCH_SESSIONS (written by bench.py) holds the sessions.
-- Every request carries a request_id unique across threads and connections ("w<thread>-<n>"),
-- so no request is answered as a resend; only 200 answers count as marks.
local sessions = dofile(os.getenv("BENCH_SESSIONS"))
local threads = {}
-- Globals that setup() sets in each thread's own Lua state (a local here would hide them).
thread_id = 0
sent = 0
ok = 0
refused = 0
first_refusal = ""

function setup(thread)
    thread:set("thread_id", #threads)
    table.insert(threads, thread)
end

function request()
    sent = sent + 1
    -- The threads share the sessions out (with two: even and odd), so together they use all 50.
    local session = sessions[(sent * #threads + thread_id) % #sessions + 1]
    local target = session.targets[sent % #session.targets + 1]
    local body = string.format(
        '{"number":"%s","round":"%s","criterion":%s,"score":"%d.%02d","request_id":"w%d-%d"}',
        target.number, target.round, target.criterion, 5 + sent % 10, sent % 100, thread_id, sent)
    return wrk.format("PUT", "/api/v1/marks", {
        ["Content-Type"] = "application/json",
        ["Cookie"] = session.cookie,
        ["X-CSRF-Token"] = session.csrf,
    }, body)
end

function response(status, headers, body)
    if status == 200 then
        ok = ok + 1
    else
        refused = refused + 1
        if first_refusal == "" then first_refusal = status .. " " .. body end
    end
end

function done(summary, latency, requests)
    local total = { sent = 0, ok = 0, refused = 0 }
    for _, thread in ipairs(threads) do
        total.sent = total.sent + thread:get("sent")
        total.ok = total.ok + thread:get("ok")
        total.refused = total.refused + thread:get("refused")
        local refusal = thread:get("first_refusal")
        if refusal ~= "" then io.stderr:write("refused: " .. refusal .. "\n") end
    end
    io.write(string.format(
        "RESULT requests=%d sent=%d ok=%d refused=%d seconds=%.3f p50_us=%d p99_us=%d max_us=%d errors=%d\n",
        summary.requests, total.sent, total.ok, total.refused, summary.duration / 1e6,
        latency:percentile(50), latency:percentile(99), latency.max,
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
