-- wrk: create a Sales Order and submit it in the same request (docstatus 1), cycling over items.
local counter = 0
request = function()
  counter = counter + 1
  local item = "PERF-" .. ((counter * 7919) % 100000 + 1)
  local body = '{"customer":"Perf Clinic","docstatus":1,"items":[{"item_code":"' .. item ..
      '","qty":1,"warehouse":"Perf W' .. (counter % 5 + 1) .. ' - PM"}]}'
  -- Custom headers replace wrk's -H headers, so the Authorization header is copied in.
  local headers = {["Content-Type"] = "application/json", ["Authorization"] = wrk.headers["Authorization"]}
  return wrk.format("POST", "/api/resource/Sales%20Order", headers, body)
end
