-- POSTs each line of BODY_LINES (one GraphQL request body per line) exactly once: a run starts after
-- the bodies earlier runs used (the number in CURSOR_FILE, e.g. written by the warm-up) and writes the
-- new number at the end. Counts the answers that carry a new receipt (retried:false) and appends
-- "answered retried sent exhausted" to ANSWERS_FILE. Run it with one wrk thread (-t1), as run.sh does.
-- Out of bodies, it asks for a path that answers 404, so that the error column shows it.
local function read_number(path)
  local f = io.open(path, "r")
  if not f then return 0 end
  local n = tonumber(f:read("*l") or "0") or 0
  f:close()
  return n
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"

-- per-thread counters (globals, so that done() can read them with thread:get)
sent, answered, retried, exhausted = 0, 0, 0, 0
local file

function init(args)
  file = assert(io.open(os.getenv("BODY_LINES"), "r"))
  for _ = 1, read_number(os.getenv("CURSOR_FILE")) do file:read("*l") end
end

function request()
  local body = file:read("*l")
  if body == nil or #body == 0 then
    exhausted = exhausted + 1
    return wrk.format("GET", "/bench-out-of-tip-bodies")
  end
  sent = sent + 1
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if string.find(body, '"receipt":"', 1, true) then
    if string.find(body, '"retried":false', 1, true) then answered = answered + 1 else retried = retried + 1 end
  end
end

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

function done(summary, latency, requests)
  local s, a, r, e = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    s = s + t:get("sent"); a = a + t:get("answered"); r = r + t:get("retried"); e = e + t:get("exhausted")
  end
  local cursor = os.getenv("CURSOR_FILE")
  local used = read_number(cursor) + s
  local f = assert(io.open(cursor, "w")); f:write(used, "\n"); f:close()
  f = assert(io.open(os.getenv("ANSWERS_FILE"), "a")); f:write(a, " ", r, " ", s, " ", e, "\n"); f:close()
end
