-- wrk script: POSTs the JSON bodies of $BODIES_FILE (one a line) in turn, each thread starting at its own share of
-- them ($WRK_THREADS threads, default 2), so consecutive requests carry different credentials; counts non-2xx answers over all threads.
local bodies = {}
for line in io.lines(os.getenv("BODIES_FILE")) do
  if #line > 0 then
    bodies[#bodies + 1] = line
  end
end
local headers = { ["Content-Type"] = "application/json" }

local threads = {}
function setup(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end

local position = 0
unexpected = 0
function init(args)
  local count = tonumber(os.getenv("WRK_THREADS") or "2")
  position = (offset or 0) * math.floor(#bodies / count)
end

function request()
  position = position + 1
  return wrk.format("POST", nil, headers, bodies[(position % #bodies) + 1])
end

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
