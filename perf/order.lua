-- wrk: create a Sales Order and submit it in the same request (docstatus 1), cycling over items.
local counter = 0
request = function()
  counter = counter + 1
  local item = "PERF-" .. ((counter * 7919) % 100000 + 1)
  local body = '{"customer":"Perf Clinic","docstatus":1,"items":[{"item_code":"' .. item ..
      '","qty":1,"warehouse":"Perf W' .. (counter % 5 + 1) .. ' - PM"}]}'
  return wrk.format("POST", "/api/resource/Sales%20Order", {["Content-Type"] = "application/json"}, body)
end
