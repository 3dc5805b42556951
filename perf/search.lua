-- wrk: search_items with a rotating query, across all warehouses and in one warehouse.
local words = {"peptide alpha", "vitamin", "serum omega", "capsule", "glove 12", "cream sigma 3", "hormone", "bandage ultra"}
local counter = 0
request = function()
  counter = counter + 1
  local q = words[counter % #words + 1]:gsub(" ", "%%20")
  local where = (counter % 2 == 0) and "" or "&warehouse=Perf%20W2%20-%20PM"
  return wrk.format("GET", "/api/method/medgrid.catalog.search_items?query=" .. q .. where .. "&limit_page_length=20")
end
