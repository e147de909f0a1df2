-- A mixed read load on Quanze: the pages legal staff open and the SPARQL researchers send,
-- taken in turn by each connection. wrk's own latency histogram gives the percentiles.

local function enc(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local sparql = [[
PREFIX qz: <https://w3id.org/quanze/ontology#>
SELECT ?power (COUNT(?duty) AS ?duties) WHERE { ?power qz:hasDuty ?duty } GROUP BY ?power ORDER BY DESC(?duties) LIMIT 20
]]

local citers = [[
PREFIX qz: <https://w3id.org/quanze/ontology#>
SELECT ?article (COUNT(?c) AS ?n) WHERE { ?c qz:citesArticle ?article } GROUP BY ?article ORDER BY DESC(?n) LIMIT 10
]]

local paths = {
  "/",
  "/powers",
  "/id/list/yulin-secrecy-bureau/power/1",
  "/id/list/yulin-secrecy-bureau/power/6",
  "/id/law/" .. enc("保守国家秘密法") .. "/2010-04-29/article/45",
  "/search?q=" .. enc("收缴"),
  "/sparql?query=" .. enc(sparql),
  "/sparql?query=" .. enc(citers),
  "/impact?document=" .. enc("保守国家秘密法") .. "&from=2010&to=2024",
  "/lists",
}

local counter = 0

request = function()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  if path:find("^/sparql") then
    return wrk.format("GET", path, { ["Accept"] = "application/sparql-results+json" })
  end
  return wrk.format("GET", path)
end

-- The RESULT line (report.lua, beside this script: loadtest.sh says where it is).
dofile((os.getenv("LOADTEST_DIR") or "src/loadtest") .. "/report.lua")
