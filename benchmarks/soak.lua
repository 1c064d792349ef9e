-- wrk script for benchmarks/soak.py and benchmarks/faults.py: POST /v1/summarize with article bodies,
-- one JSON body a line, each thread starting at a different line; count the answers by status class.
-- Usage: wrk -s benchmarks/soak.lua URL -- BODIES_FILE
-- done() prints "soak: responses N 2xx A 4xx B 5xx C" over all threads.

local bodies = {}
local next_body = 1
local threads = {}

-- Per thread, read back by done() with thread:get().
responses, ok, client_errors, server_errors = 0, 0, 0, 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("first", #threads)
end

function init(args)
  local path = args[1] or error("give the bodies file after --")
  for line in io.lines(path) do
    if #line > 0 then bodies[#bodies + 1] = line end
  end
  if #bodies == 0 then error("no bodies in " .. path) end
  next_body = ((first or 1) * 97) % #bodies + 1
  wrk.method = "POST"
  wrk.path = "/v1/summarize"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local body = bodies[next_body]
  next_body = next_body % #bodies + 1
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  responses = responses + 1
  if status >= 200 and status < 300 then ok = ok + 1
  elseif status >= 500 then server_errors = server_errors + 1
  elseif status >= 400 then client_errors = client_errors + 1 end
end

function done(summary, latency, requests)
  local n, a, b, c = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    n = n + thread:get("responses")
    a = a + thread:get("ok")
    b = b + thread:get("client_errors")
    c = c + thread:get("server_errors")
  end
  io.write(string.format("soak: responses %d 2xx %d 4xx %d 5xx %d\n", n, a, b, c))
end
