-- wrk script for the soak run: every request a search for words never asked before, so every address is new
-- to the site (and to any cache keyed on it).
local counter = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

-- thread_id is set by setup() in each thread's own state.
function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + (thread_id or 0))
end

local letters = "abcdefghijklmnopqrstuvwxyz"

local function word()
  local w = {}
  for i = 1, math.random(4, 9) do
    local n = math.random(1, 26)
    w[i] = string.sub(letters, n, n)
  end
  return table.concat(w)
end

function request()
  counter = counter + 1
  return wrk.format("GET", "/search?q=" .. word() .. "+twitch+" .. (thread_id or 0) .. "x" .. counter)
end
