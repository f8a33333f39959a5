-- POSTs the GraphQL bodies in BODY_FILES (comma-separated), one after another.
local bodies = {}
for path in string.gmatch(os.getenv("BODY_FILES"), "[^,]+") do
  local f = assert(io.open(path, "r"))
  bodies[#bodies + 1] = f:read("*a")
  f:close()
end
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"

request = function()
  i = i + 1
  return wrk.format(nil, nil, nil, bodies[(i % #bodies) + 1])
end
