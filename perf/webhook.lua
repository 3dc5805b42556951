-- wrk: PerfectRx webhooks, each signed request sent once (perf/signed-webhooks.py wrote them).
-- Each wrk thread takes every n-th line, so no nonce is sent twice.
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local lines = {}
local next_line = 1
function init(args)
  local index = 0
  for line in io.lines(args[1]) do
    if index % 2 == id then
      lines[#lines + 1] = line
    end
    index = index + 1
  end
end

request = function()
  local line = lines[next_line]
  if line == nil then
    return wrk.format("GET", "/api/method/ping")
  end
  next_line = next_line + 1
  local nonce, ts, sig, body = line:match("([^\t]+)\t([^\t]+)\t([^\t]+)\t(.+)")
  return wrk.format("POST", "/api/method/medgrid.perfectrx.webhook", {
    ["Content-Type"] = "application/json",
    ["X-PerfectRx-Nonce"] = nonce,
    ["X-PerfectRx-Timestamp"] = ts,
    ["X-PerfectRx-Signature"] = sig
  }, body)
end
