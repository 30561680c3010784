-- wrk script: POSTs the JSON body in $BODY_FILE (with $AUTHORIZATION, when set) and counts non-2xx answers over all
-- threads.
local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
local authorization = os.getenv("AUTHORIZATION")
if authorization and #authorization > 0 then
  wrk.headers["Authorization"] = authorization
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

unexpected = 0
function response(status, headers, body)
  if status < 200 or status > 299 then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + (thread:get("unexpected") or 0)
  end
  io.write(string.format("non-2xx answers: %d\n", total))
end
