-- The ceiling of this machine for the load test: the same server answering one static file
-- (its stylesheet), which needs no store and no template. Prints the RESULT line of report.lua.

dofile((os.getenv("LOADTEST_DIR") or "src/loadtest") .. "/report.lua")
