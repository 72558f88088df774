-- wrk script of scripts/bench.py and scripts/loadtest.py: rotates over the paths given after
-- "--", counts responses by status class, and prints one line of JSON at the end.
--
--   wrk -t2 -c8 -d5s -s scripts/benchsite/wrk.lua http://127.0.0.1:8820 -- /fr/ /ar/
--
-- Long-tail addresses, each to be asked once: "@FILE THREADS" reads the paths from FILE, one
-- a line, and each of the THREADS threads takes its own share of them. A path asked again
-- once the list is used up is counted in "repeated": the run then measured stored pages.

local threads = {}

function setup(thread)
  thread:set("first", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  if args[1] and args[1]:sub(1, 1) == "@" then
    local count, number = tonumber(args[2]), 0
    for line in io.lines(args[1]:sub(2)) do
      if number % count == first % count then
        table.insert(paths, line)
      end
      number = number + 1
    end
  else
    for _, path in ipairs(args) do
      table.insert(paths, path)
    end
  end
  if #paths == 0 then
    paths = { wrk.path }
  end
  -- Threads start at different places in the list, so that they do not ask the same page
  -- at the same time.
  next_path = first % #paths
  if args[1] and args[1]:sub(1, 1) == "@" then
    next_path = 0
  end
  asked = 0
  ok, redirect, client_error, server_error, repeated = 0, 0, 0, 0, 0
end

function request()
  next_path = next_path % #paths + 1
  asked = asked + 1
  if asked > #paths then
    repeated = repeated + 1
  end
  return wrk.format(nil, paths[next_path])
end

function response(status, headers, body)
  if status < 300 then
    ok = ok + 1
  elseif status < 400 then
    redirect = redirect + 1
  elseif status < 500 then
    client_error = client_error + 1
  else
    server_error = server_error + 1
  end
end

function done(summary, latency, requests)
  local counts = { ok = 0, redirect = 0, client_error = 0, server_error = 0, repeated = 0 }
  for _, thread in ipairs(threads) do
    for name in pairs(counts) do
      counts[name] = counts[name] + thread:get(name)
    end
  end
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "p50_ms": %.3f, "p99_ms": %.3f, "ok": %d, '
      .. '"redirect": %d, "client_error": %d, "server_error": %d, "socket_errors": %d, '
      .. '"timeouts": %d, "repeated": %d}\n',
    summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    counts.ok, counts.redirect, counts.client_error, counts.server_error,
    errors.connect + errors.read + errors.write, errors.timeout, counts.repeated
  ))
end
