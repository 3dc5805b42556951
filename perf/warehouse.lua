-- wrk: one page of items_in_warehouse, walking the pages of the five warehouses.
local counter = 0
request = function()
  counter = counter + 1
  local start = (counter * 20) % 5000
  return wrk.format("GET", "/api/method/medgrid.catalog.items_in_warehouse?warehouse=Perf%20W" .. (counter % 5 + 1) ..
      "%20-%20PM&price_list=Perf%20Selling&limit_start=" .. start .. "&limit_page_length=20")
end
