-- wrk script for benchmarks/load.py: POST /v1/summarize with article bodies, one JSON body a line.
-- Usage: wrk -s benchmarks/load.lua http://127.0.0.1:PORT -- BODIES_FILE
-- Each wrk thread starts at a different line and cycles through the file, so connections do not
-- send the same article at the same time.

local bodies = {}
local next_body = 1
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("first", thread_count)
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
