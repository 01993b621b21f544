-- wrk: each connection is one judge's tablet. SESSIONS (written by bench.py) holds per session
-- the cookie, the CSRF token and the marks that judge may give; every request a new request_id.
local sessions = dofile(os.getenv("BENCH_SESSIONS"))
local counter = 0
local next_thread = 0
-- thread_id: a global that setup() gives each thread (a local here would hide it)
thread_id = 0

function setup(thread)
    thread:set("thread_id", next_thread)
    next_thread = next_thread + 1
end

function request()
    counter = counter + 1
    local session = sessions[(counter + thread_id * 25) % #sessions + 1]
    local target = session.targets[counter % #session.targets + 1]
    local body = string.format(
        '{"number":"%s","round":"%s","criterion":%s,"score":"%d.%02d","request_id":"w%d-%d"}',
        target.number, target.round, target.criterion, 5 + counter % 10, counter % 100, thread_id, counter)
    return wrk.format("PUT", "/api/v1/marks", {
        ["Content-Type"] = "application/json",
        ["Cookie"] = session.cookie,
        ["X-CSRF-Token"] = session.csrf,
    }, body)
end

local failures = 0
function response(status, headers, body)
    if status ~= 200 then
        failures = failures + 1
        if failures <= 3 then io.stderr:write("refused: " .. status .. " " .. body .. "\n") end
    end
end

function done(summary, latency, requests)
    io.write(string.format("RESULT requests=%d seconds=%.3f p50_us=%d p99_us=%d errors=%d\n",
        summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99),
        summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
            + summary.errors.timeout))
end
